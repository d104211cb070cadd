const shanghaiOffsetMs = 8 * 3600_000;

/** "2024-09-20 17:30" in Asia/Shanghai, whatever the browser's zone. */
export function formatShanghai(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const wall = new Date(ms + shanghaiOffsetMs).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, withSeconds ? 19 : 16)}`;
}

/** Whole days, hours, minutes and seconds of a non-negative duration. */
export function splitDuration(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}
