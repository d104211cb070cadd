export type CalendarInclude = 'all' | 'domestic' | 'foreign';

export interface CalendarFilters {
  country?: string | undefined;
  callId?: string | undefined;
  include: CalendarInclude;
}

/** The iCalendar feed's address for these filters (`GET /api/v1/calendar.ics`), absolute so it can be subscribed to. */
export function buildCalendarUrl(origin: string, filters: CalendarFilters): string {
  const params = new URLSearchParams();
  if (filters.country) params.set('country', filters.country);
  if (filters.callId) params.set('callId', filters.callId);
  if (filters.include !== 'all') params.set('include', filters.include);
  const query = params.toString();
  return `${origin}/api/v1/calendar.ics${query ? `?${query}` : ''}`;
}

/** The same feed for calendar applications that subscribe by the webcal scheme. */
export function toWebcal(url: string): string {
  return url.replace(/^https?:/, 'webcal:');
}
