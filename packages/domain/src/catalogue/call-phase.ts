/**
 * Where a call stands at a moment, by its submission window (Asia/Shanghai instants with their offset):
 * `upcoming` before the start, `open` from start to end inclusive (to the second), `closed` after,
 * `unscheduled` when the text gives no window.
 */
export type CallPhase = 'upcoming' | 'open' | 'closed' | 'unscheduled';

export function callPhase(window: { start: string | null; end: string | null }, now: Date): CallPhase {
  const t = now.getTime();
  const start = window.start ? Date.parse(window.start) : null;
  const end = window.end ? Date.parse(window.end) : null;
  if (start === null && end === null) return 'unscheduled';
  if (start !== null && t < start) return 'upcoming';
  if (end !== null && t > end) return 'closed';
  return 'open';
}

/** Milliseconds until the next boundary that matters (the start if upcoming, the end if open), or null. */
export function msUntilNextBoundary(
  window: { start: string | null; end: string | null },
  now: Date,
): number | null {
  const phase = callPhase(window, now);
  if (phase === 'upcoming' && window.start) return Date.parse(window.start) - now.getTime();
  if (phase === 'open' && window.end) return Date.parse(window.end) - now.getTime();
  return null;
}

/** Asia/Shanghai wall-clock fields of an instant. */
export interface ShanghaiWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The Asia/Shanghai wall clock of an instant. China has kept UTC+8 without daylight saving since 1991, so it is
 * UTC shifted by eight hours: exact for every date the platform handles, and far cheaper than
 * Intl.DateTimeFormat, which matters for documents of tens of thousands of cells.
 */
export function shanghaiWallClock(instant: Date): ShanghaiWallClock {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** An instant written as Asia/Shanghai local time with its offset: 2024-09-20T17:30:00+08:00. */
export function toShanghaiIso(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** "2024-09-20 17:30" in Asia/Shanghai, whatever the machine's zone. */
export function formatShanghai(instant: string | Date): string {
  return toShanghaiIso(instant).slice(0, 16).replace('T', ' ');
}
