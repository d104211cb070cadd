import type { TFunction } from 'i18next';

/** "application.requestedFundingWan" → the resource key finder.facts.application_requestedFundingWan. */
const keyOf = (path: string) => `finder.facts.${path.replace(/\[[^\]]*\]/g, '').replace(/\./g, '_')}`;

/** The facts still missing, in words ("申请财政补助经费、企业实际研发投入"); unknown paths stay as written. */
export function describeMissingFacts(t: TFunction, paths: string[]): string {
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  const words = [...new Set(paths.map((path) => translate(keyOf(path), { defaultValue: path })))];
  return words.join(t('finder.separator'));
}
