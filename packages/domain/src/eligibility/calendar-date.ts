/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings (Asia/Shanghai days), done in UTC so that no
 * local time zone can shift a day. Pure: no clock.
 */

function toUtc(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}
function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The Asia/Shanghai calendar day of `YYYY-MM-DD` or of an ISO instant. */
export function shanghaiDay(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The same month and day `years` later; 29 February rolls to 1 March. */
export function addYears(date: string, years: number): string {
  const d = toUtc(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return fromUtc(d);
}

/** `days` calendar days later (negative: earlier). */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Completed years from `from` to `to` (an age, or years since registration). */
export function fullYearsBetween(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5, 10) < from.slice(5, 10)) years -= 1;
  return years;
}

/**
 * The length of an implementation period in years, both days inclusive:
 * 2024-06-01 … 2026-05-31 is exactly 2. Whole months count exactly; a part month counts by its days.
 */
export function periodYears(start: string, endInclusive: string): number {
  const a = toUtc(start);
  const b = toUtc(addDays(endInclusive, 1));
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const dayDiff = b.getUTCDate() - a.getUTCDate();
  if (dayDiff !== 0) {
    const monthLength = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate();
    months += dayDiff / monthLength;
  }
  return months / 12;
}

/** The last day of a period of `years` starting on `start` (2024-06-01 + 2 → 2026-05-31). */
export function periodEnd(start: string, years: number): string {
  const whole = Math.floor(years);
  const end = addYears(start, whole);
  const extraMonths = Math.round((years - whole) * 12);
  const d = toUtc(end);
  d.setUTCMonth(d.getUTCMonth() + extraMonths);
  return addDays(fromUtc(d), -1);
}
