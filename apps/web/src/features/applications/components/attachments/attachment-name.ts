import { useTranslation } from 'react-i18next';
import type { AttachmentSpec } from '../../api/application-types';

const known = [
  'cooperationAgreement',
  'ipAgreement',
  'integrityPledge',
  'recommendationLetter',
  'otherAttachment',
] as const;
type KnownCode = (typeof known)[number];
const isKnown = (code: string): code is KnownCode => (known as readonly string[]).includes(code);

/** An attachment's name in the UI language: the guide's own name, else ours, else its code. */
export function useAttachmentName() {
  const { t, i18n } = useTranslation();
  return (code: string, spec?: AttachmentSpec) => {
    if (spec) return i18n.language === 'en-US' && spec.nameEn ? spec.nameEn : spec.name;
    return isKnown(code) ? t(`applications.attachments.codes.${code}`) : code;
  };
}
