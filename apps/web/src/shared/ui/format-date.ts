import dayjs from 'dayjs';

/** Shows an ISO timestamp as local date and time, e.g. 2024-09-20 17:30. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}
