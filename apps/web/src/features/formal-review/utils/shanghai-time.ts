const shanghaiOffsetMs = 8 * 3600_000;

/** "2026-03-05 17:30" in Asia/Shanghai, whatever the browser's zone. */
export function formatShanghai(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const wall = new Date(ms + shanghaiOffsetMs).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)}`;
}

/**
 * The deadline an officer picks, read as Beijing time whatever the browser's zone: the picker's wall-clock
 * "2026-03-05 17:30" becomes "2026-03-05T17:30:00+08:00". Null for anything else.
 */
export function shanghaiDeadline(wallClock: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(wallClock?.trim() ?? '');
  return m ? `${m[1]}T${m[2]}:00+08:00` : null;
}

/** Whether a deadline lies ahead of `nowMs`. */
export const isAhead = (iso: string | null, nowMs: number) => !!iso && Date.parse(iso) > nowMs;
