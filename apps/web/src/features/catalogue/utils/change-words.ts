import type { TFunction } from 'i18next';
import type { Change } from '../api/catalogue-types';
import { isDirectionField, isFieldPart } from './direction-fields';
import { formatShanghai } from './shanghai-time';
import { valueText } from './value-text';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The field a change path starts with: "foreignDeadline.date" → "foreignDeadline". */
export function fieldOf(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

/** "foreignDeadline.date" → "外方截止时间（日期）", in the UI's language. */
export function fieldWords(t: TFunction, path: string): string {
  const [field = path, ...rest] = path.split('.');
  const fieldLabel = isDirectionField(field) ? t(`catalogue.field.${field}`) : field;
  const part = rest.join('.');
  if (!part) return fieldLabel;
  const partLabel = isFieldPart(part) ? t(`catalogue.fieldPart.${part}`) : part;
  return t('catalogue.compare.fieldPart', { field: fieldLabel, part: partLabel });
}

function partValueText(t: TFunction, path: string, value: unknown): string {
  if (!path.includes('.')) return valueText(t, path, value);
  if (typeof value === 'string' && isoInstant.test(value)) return formatShanghai(value);
  if (path.endsWith('.status') && typeof value === 'string') {
    const statuses = ['date', 'toBeDecided', 'toBeAgreed', 'notApplicable'] as const;
    const status = statuses.find((s) => s === value);
    if (status) return t(`catalogue.deadlineStatus.${status}`);
  }
  return valueText(t, '', value);
}

/** One change between two years, as a sentence: "优先支持领域：A、B → C、D". */
export function changeWords(t: TFunction, change: Change): string {
  const field = fieldWords(t, change.path);
  const before = partValueText(t, change.path, change.before);
  const after = partValueText(t, change.path, change.after);
  if (change.kind === 'added') return t('catalogue.compare.added', { field, after });
  if (change.kind === 'removed') return t('catalogue.compare.removed', { field, before });
  return t('catalogue.compare.changed', { field, before, after });
}
