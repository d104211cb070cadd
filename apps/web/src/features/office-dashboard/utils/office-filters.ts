import type { OfficeListFilters } from '../api/office-dashboard-types';

/** The API address of an export with the given filters; empty filters are left out. */
export function exportUrl(
  path: string,
  filters: { [key: string]: string | undefined } | OfficeListFilters,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    const trimmed = value?.trim();
    if (trimmed) params.set(key, trimmed);
  }
  const query = params.toString();
  return `/api/v1${path}${query ? `?${query}` : ''}`;
}

/** The filters without empty values (an emptied search box or a cleared select). */
export function cleanFilters(filters: OfficeListFilters): OfficeListFilters {
  const out: OfficeListFilters = {};
  for (const [key, value] of Object.entries(filters) as [keyof OfficeListFilters, string | undefined][]) {
    const trimmed = value?.trim();
    if (trimmed) (out as Record<string, string>)[key] = trimmed;
  }
  return out;
}

/** The width of a bar as a percentage of the largest value (at least a sliver for any non-zero value). */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * 1000) / 10);
}

/** "2026-03-01T09:00:00+08:00" → "2026-03-01 09:00": the server already writes Beijing time. */
export function shanghaiText(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '';
}

/** 万元 with two decimals and thousands separators. */
export function formatWan(wan: number | null): string {
  return wan === null
    ? '—'
    : wan.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
