import type { DirectionQuery } from '../api/catalogue.api';
import { shanghaiDayEnd, shanghaiDayStart } from './shanghai-time';

/** The direction search as it stands in the page's URL, so that a search can be shared as a link. */
export interface DirectionFilters {
  q?: string;
  country?: string;
  field?: string;
  category?: string;
  applicantType?: string;
  organisationMode?: string;
  capMin?: number;
  capMax?: number;
  /** calendar days in Asia/Shanghai, YYYY-MM-DD */
  deadlineFrom?: string;
  deadlineTo?: string;
  callId?: string;
  page: number;
  pageSize: number;
}

const textKeys = [
  'q',
  'country',
  'field',
  'category',
  'applicantType',
  'organisationMode',
  'deadlineFrom',
  'deadlineTo',
  'callId',
] as const;
const numberKeys = ['capMin', 'capMax'] as const;
export const defaultPageSize = 20;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readDirectionFilters(params: URLSearchParams): DirectionFilters {
  const filters: DirectionFilters = {
    page: positiveInt(params.get('page'), 1),
    pageSize: Math.min(positiveInt(params.get('pageSize'), defaultPageSize), 200),
  };
  for (const key of textKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'deadlineFrom' || key === 'deadlineTo') && !isDay(value)) continue;
    filters[key] = value;
  }
  for (const key of numberKeys) {
    const raw = params.get(key);
    const value = raw === null || raw === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(value)) filters[key] = value;
  }
  return filters;
}

/** Only what differs from the defaults goes into the URL. */
export function writeDirectionFilters(filters: DirectionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...textKeys, ...numberKeys]) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== defaultPageSize) params.set('pageSize', String(filters.pageSize));
  return params;
}

/** The API's query for these filters: pages become offsets, days become Asia/Shanghai instants. */
export function toDirectionQuery(filters: DirectionFilters): DirectionQuery {
  const { page, pageSize, deadlineFrom, deadlineTo, ...rest } = filters;
  return {
    ...rest,
    ...(deadlineFrom ? { deadlineFrom: shanghaiDayStart(deadlineFrom) } : {}),
    ...(deadlineTo ? { deadlineTo: shanghaiDayEnd(deadlineTo) } : {}),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}
