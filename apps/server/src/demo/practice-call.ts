import { type Call, toShanghaiIso } from '@yanzhen/domain';
import type { Deps } from '../composition-root';

export const PRACTICE_CALL_ID = 'practice-zj-cooperation';
/** the 2024 notice: its Finland direction carries the 20%-of-R&D-investment rule a practice run should meet */
const SOURCE_CALL_ID = 'zj-2024-intl-preparatory';
const DAY = 86_400_000;

/**
 * The practice call of the demo data: the seed's 2024 international cooperation notice, copied, clearly marked as practice, with a
 * submission window open now (from yesterday to 30 days ahead, 17:30), so that a new user can walk the whole
 * journey. Each start moves the window on if it has closed. Never loaded in production.
 */
export async function ensurePracticeCall(deps: Pick<Deps, 'repos' | 'services' | 'clock'>) {
  const now = deps.clock.now();
  const existing = await deps.repos.catalogue.findCall(PRACTICE_CALL_ID);
  const window = () => {
    const end = new Date(now.getTime() + 30 * DAY);
    const endDay = toShanghaiIso(end).slice(0, 10);
    return {
      start: `${toShanghaiIso(new Date(now.getTime() - DAY)).slice(0, 10)}T00:00:00+08:00`,
      end: `${endDay}T17:30:00+08:00`,
      recommendation: `${toShanghaiIso(new Date(end.getTime() + 4 * DAY)).slice(0, 10)}T17:30:00+08:00`,
    };
  };
  if (existing) {
    const call = existing.content as Call;
    const end = call.submissionWindow.end ? Date.parse(call.submissionWindow.end) : 0;
    if (end > now.getTime() + DAY) return;
    const w = window();
    await deps.services.catalogue.updateCall(
      PRACTICE_CALL_ID,
      { ...call, submissionWindow: { start: w.start, end: w.end }, recommendationDeadline: w.recommendation },
      null,
      'practice window moved on',
    );
    return;
  }
  const source = await deps.repos.catalogue.findCall(SOURCE_CALL_ID);
  if (!source) return;
  const base = source.content as Call;
  const w = window();
  const practice: Call = {
    ...base,
    id: PRACTICE_CALL_ID,
    title: `【练习 Practice】${base.title}（演示用，非正式通知）`,
    titleEn:
      'Practice call (demo only, not a real call), copied from the 2024 Zhejiang international cooperation notice',
    programme: { ...base.programme, name: `${base.programme.name}（演示）` },
    summary:
      '本通知仅用于演示与练习，复制自 2024 年度国际科技合作项目通知，申报时间已调整为当前开放。This call is for practice only.',
    kind: 'call',
    status: 'draft',
    submissionWindow: { start: w.start, end: w.end },
    recommendationDeadline: w.recommendation,
  };
  await deps.services.catalogue.createCall(practice, null);
  await deps.services.catalogue.setStatus(PRACTICE_CALL_ID, 'published', null);
}
