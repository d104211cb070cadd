import { type OrganisationType, organisationTypeLabels, shanghaiWallClock } from '@yanzhen/domain';

/**
 * How values read in printed documents. Everything is shown in Asia/Shanghai time, money in 万元, and a
 * missing value is said to be missing, never printed as "undefined".
 */
export type DocumentLocale = 'zh-CN' | 'en-US';

const missingText: Record<DocumentLocale, string> = { 'zh-CN': '未填写', 'en-US': 'Not filled in' };
const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The words for a value that was not filled in. */
export function formatMissing(locale: DocumentLocale): string {
  return missingText[locale];
}

/** The value as text, or the words for "not filled in" when it is absent or blank. */
export function orMissing(value: string | number | null | undefined, locale: DocumentLocale): string {
  if (value === null || value === undefined) return missingText[locale];
  const text = String(value).trim();
  return text === '' ? missingText[locale] : text;
}

/** An amount in 万元 with at most two decimals and digit grouping; absent when the amount is. */
export function formatWan(value: number | undefined, locale: DocumentLocale): string | undefined {
  if (value === undefined) return undefined;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A ratio as a percentage with one decimal, or "—" when it cannot be computed. */
export function formatPercent(ratio: number | undefined): string {
  return ratio === undefined ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

/** A file size in B, KB or MB (binary multiples, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A hex digest in groups of eight characters, so that a reader can compare it group by group; with
 * `groupsPerLine`, the groups are broken into lines (a SHA-256 is 8 groups: two lines of 4 fit a table cell).
 */
export function groupHash(hex: string, groupsPerLine = Number.POSITIVE_INFINITY): string {
  const groups = hex.toLowerCase().match(/.{1,8}/g) ?? [];
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += groupsPerLine)
    lines.push(groups.slice(i, i + groupsPerLine).join(' '));
  return lines.join('\n');
}

function shanghaiParts(iso: string) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date-time: ${iso}`);
  const { year, month, day, hour, minute, second } = shanghaiWallClock(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { year, month, day, time: `${pad(hour)}:${pad(minute)}:${pad(second)}` };
}

/** An instant as Asia/Shanghai wall-clock time: "2024年9月20日 17:29:58" or "20 September 2024, 17:29:58 (UTC+8)". */
export function formatShanghaiDateTime(iso: string, locale: DocumentLocale): string {
  const { year, month, day, time } = shanghaiParts(iso);
  return locale === 'zh-CN'
    ? `${year}年${month}月${day}日 ${time}`
    : `${day} ${englishMonths[month - 1]} ${year}, ${time} (UTC+8)`;
}

/** The Asia/Shanghai calendar day of an instant: "2024年9月20日" or "20 September 2024". */
export function formatShanghaiDate(iso: string, locale: DocumentLocale): string {
  const { year, month, day } = shanghaiParts(iso);
  return formatCalendarDate(year, month, day, locale);
}

/** A calendar date written YYYY-MM-DD, in the document's language; the input is returned if it is not one. */
export function formatIsoDate(value: string, locale: DocumentLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return formatCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]), locale);
}

function formatCalendarDate(year: number, month: number, day: number, locale: DocumentLocale): string {
  return locale === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${englishMonths[month - 1]} ${year}`;
}

/** A date range; either end may be missing. */
export function formatDateRange(
  from: string | undefined,
  to: string | undefined,
  locale: DocumentLocale,
): string {
  if (!from && !to) return formatMissing(locale);
  const show = (value: string | undefined) => (value ? formatIsoDate(value, locale) : formatMissing(locale));
  return locale === 'zh-CN' ? `${show(from)} 至 ${show(to)}` : `${show(from)} to ${show(to)}`;
}

/** A country from its ISO 3166-1 code, with the code: "芬兰（FI）" or "Finland (FI)". */
export function formatCountry(code: string | undefined, locale: DocumentLocale): string {
  if (!code) return formatMissing(locale);
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase());
  } catch {
    name = undefined;
  }
  if (!name || name === code.toUpperCase()) return code.toUpperCase();
  return locale === 'zh-CN' ? `${name}（${code.toUpperCase()}）` : `${name} (${code.toUpperCase()})`;
}

/** The kind of organisation in the document's language. */
export function formatOrganisationType(type: OrganisationType | undefined, locale: DocumentLocale): string {
  return type ? organisationTypeLabels[type][locale] : formatMissing(locale);
}
