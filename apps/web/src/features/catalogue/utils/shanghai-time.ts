const shanghaiOffsetMs = 8 * 3600_000;

/** An instant as Asia/Shanghai wall-clock time, whatever the browser's zone: "2024-09-20 17:30". */
export function formatShanghai(iso: string | null | undefined, withTime = true): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const wall = new Date(ms + shanghaiOffsetMs).toISOString();
  return withTime ? wall.slice(0, 16).replace('T', ' ') : wall.slice(0, 10);
}

/** The first and last second of a calendar day in Asia/Shanghai, as the API's ISO instants. */
export function shanghaiDayStart(date: string): string {
  return `${date}T00:00:00+08:00`;
}

export function shanghaiDayEnd(date: string): string {
  return `${date}T23:59:59+08:00`;
}
