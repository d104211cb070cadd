import dayjs, { type Dayjs } from 'dayjs';

const shanghaiOffsetMs = 8 * 3600_000;

/**
 * Pickers show Asia/Shanghai wall-clock time whatever the browser's zone: the instant is turned into its
 * Shanghai wall clock and handed to the picker as a zone-less local time, and read back the same way.
 */
export function toPickerValue(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return dayjs(new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 19));
}

/** The picked wall-clock time as the catalogue writes it: 2024-09-20T17:30:00+08:00. */
export function fromPickerValue(value: Dayjs | null | undefined): string | null {
  return value ? `${value.format('YYYY-MM-DDTHH:mm:ss')}+08:00` : null;
}

/** "2024-09-20 17:30" in Asia/Shanghai. */
export function formatShanghai(iso: string | null | undefined): string {
  const value = toPickerValue(iso);
  return value ? value.format('YYYY-MM-DD HH:mm') : '';
}
