import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../api/recommendation-types';

/** Picks the server's text in the UI language (state labels, rule messages). */
export function useBilingual() {
  const { i18n } = useTranslation();
  return (text: Bilingual) => (i18n.language === 'en-US' ? text['en-US'] : text['zh-CN']);
}
