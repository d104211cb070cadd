import { useTranslation } from 'react-i18next';
import type { Label } from '../api/office-dashboard-types';

/** Picks the bilingual label's form for the UI's language. */
export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  return (label) => label[locale];
}
