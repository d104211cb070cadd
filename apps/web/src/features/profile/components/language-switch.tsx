import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/api/api-types';
import { locales } from '../../../shared/i18n/i18n';
import { useChangeLocale } from '../hooks/use-change-locale';

/** 中文 | English, in every page header. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = useChangeLocale();
  const value: Locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={value}
      options={locales.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
      onChange={(locale) => void change(locale)}
    />
  );
}
