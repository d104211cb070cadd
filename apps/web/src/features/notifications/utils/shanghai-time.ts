const shanghaiOffsetMs = 8 * 3600_000;

/** "2026-03-01 09:00" in Asia/Shanghai, whatever the browser's zone. */
export function formatShanghai(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const wall = new Date(ms + shanghaiOffsetMs).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)}`;
}
