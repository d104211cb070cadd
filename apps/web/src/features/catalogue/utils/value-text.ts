import type { TFunction } from 'i18next';
import type { CountryOrRegion, ForeignDeadline, Kpi } from '../api/catalogue-types';
import { isApplicantType } from './catalogue-options';
import { formatShanghai } from './shanghai-time';

type Range = { min?: number; max?: number };

export function durationText(t: TFunction, d: Range): string {
  if (d.min !== undefined && d.max !== undefined) {
    return d.min === d.max
      ? t('catalogue.value.yearsExact', { n: d.min })
      : t('catalogue.value.yearsRange', { min: d.min, max: d.max });
  }
  if (d.max !== undefined) return t('catalogue.value.yearsMax', { max: d.max });
  if (d.min !== undefined) return t('catalogue.value.yearsMin', { min: d.min });
  return '—';
}

export function wanRangeText(t: TFunction, r: Range): string {
  return t('catalogue.value.wanRange', { min: r.min ?? '…', max: r.max ?? '…' });
}

export function kpiText(t: TFunction, k: Kpi): string {
  const level = [k.level1, k.level2].filter(Boolean).join(' / ');
  const min = k.min !== null ? t('catalogue.value.kpiMin', { min: k.min, unit: k.unit ?? '' }) : '';
  return [level && `[${level}]`, k.text, min && `(${min})`].filter(Boolean).join(' ');
}

export function foreignDeadlineText(t: TFunction, d: ForeignDeadline): string {
  const state = t(`catalogue.deadlineStatus.${d.status}`);
  return d.status === 'date' && d.date ? `${formatShanghai(d.date)}（${d.text}）` : `${state}（${d.text}）`;
}

/** A value of a guide node as one line of words, for comparisons and lists of changes. */
export function valueText(t: TFunction, field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field) {
    case 'countryOrRegion':
      return (value as CountryOrRegion).name;
    case 'applicantTypes':
      return (value as string[]).map((a) => (isApplicantType(a) ? t(`organisationType.${a}`) : a)).join('、');
    case 'organisationMode':
      return value === 'competitive' || value === 'commissioned'
        ? t(`catalogue.organisationMode.${value}`)
        : String(value);
    case 'fundingCapWan':
    case 'plannedBudgetWan':
      return t('catalogue.value.wan', { value });
    case 'fundingRangeWan':
      return wanRangeText(t, value as Range);
    case 'durationYears':
      return durationText(t, value as Range);
    case 'bilateral':
      return value ? t('catalogue.value.bilateralYes') : t('catalogue.value.bilateralNo');
    case 'foreignDeadline':
      return foreignDeadlineText(t, value as ForeignDeadline);
    case 'kpis':
      return (value as Kpi[]).map((k) => kpiText(t, k)).join('；');
  }
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('、');
  if (typeof value === 'boolean') return value ? t('catalogue.value.yes') : t('catalogue.value.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
