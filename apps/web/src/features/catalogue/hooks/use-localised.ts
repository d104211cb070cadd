import { useTranslation } from 'react-i18next';

/** Picks the English form of a catalogue text when the UI speaks English and the catalogue has one. */
export function useLocalised(): (zh: string, en?: string | null) => string {
  const { i18n } = useTranslation();
  const isEnglish = i18n.language === 'en-US';
  return (zh, en) => (isEnglish && en ? en : zh);
}
