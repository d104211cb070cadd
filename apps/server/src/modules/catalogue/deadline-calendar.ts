import { type Call, formatShanghai } from '@yanzhen/domain';
import type { CallRow, DirectionListRow } from './catalogue.repository';
import { buildCalendar, type CalendarEvent } from './ics';

/** The deadline feed: each call's submission window and recommendation deadline, and every foreign deadline. */
export function buildDeadlineCalendar(input: {
  calls: CallRow[];
  directions: DirectionListRow[];
  include: 'all' | 'domestic' | 'foreign';
  /** with a country filter, only the foreign deadlines of that country are meaningful */
  countryFilter: boolean;
  publicUrl: string;
  now: Date;
}): string {
  const events: CalendarEvent[] = [];
  const titles = new Map(input.calls.map((c) => [c.id, c.title]));
  if (input.include !== 'foreign' && !input.countryFilter) {
    for (const row of input.calls) {
      const call = row.content as Call;
      const url = `${input.publicUrl}/calls/${call.id}`;
      const { start, end } = call.submissionWindow;
      if (end) {
        events.push({
          uid: `${call.id}-submission@yanzhen`,
          summary: `申报截止 Submission closes: ${call.title}`,
          description: `网上填报受理 ${start ? formatShanghai(start) : '—'} 至 ${formatShanghai(end)}（北京时间）`,
          url,
          start: start ? new Date(start) : new Date(end),
          end: new Date(end),
          categories: ['submission'],
        });
      }
      if (call.recommendationDeadline) {
        events.push({
          uid: `${call.id}-recommendation@yanzhen`,
          summary: `推荐截止 Recommendation deadline: ${call.title}`,
          description: `推荐单位上传推荐函和推荐汇总表截止：${formatShanghai(call.recommendationDeadline)}（北京时间）`,
          url,
          start: new Date(call.recommendationDeadline),
          categories: ['recommendation'],
        });
      }
    }
  }
  if (input.include !== 'domestic') {
    for (const d of input.directions) {
      if (!d.foreignDeadline) continue;
      const agency = d.foreignAgency;
      events.push({
        uid: `${d.callId}-${d.code}-foreign@yanzhen`,
        summary: `外方截止 Foreign deadline: ${d.countryName ?? d.name}${agency ? ` — ${agency}` : ''}`,
        description: `${titles.get(d.callId) ?? d.callId} / ${d.code} ${d.name}`,
        url: `${input.publicUrl}/calls/${d.callId}/directions/${encodeURIComponent(d.code)}`,
        start: d.foreignDeadline,
        categories: ['foreign'],
      });
    }
  }
  return buildCalendar('雁阵 申报日历 Yanzhen deadlines', events, input.now);
}
