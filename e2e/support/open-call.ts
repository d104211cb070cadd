import type { ApiActor } from './api-actor';

/** The seed's 2024 notice, which the journeys copy into calls of their own. */
const sourceCallId = 'zj-2024-intl-preparatory';
const day = 86_400_000;

const shanghaiDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

interface CallResponse {
  summary: { phase: string };
  call: Record<string, unknown>;
}

/** The phase of a call, or null when there is none with that id. */
export async function callPhase(admin: ApiActor, id: string): Promise<string | null> {
  const existing = await admin.get<CallResponse>(`/calls/${id}`).catch(() => null);
  return existing?.summary.phase ?? null;
}

/**
 * Publishes through the authoring API a copy of the seed's 2024 notice under a new id, open in the test's clock:
 * the window from yesterday to 30 days ahead, the recommendation deadline 34 days ahead, 17:30 Asia/Shanghai.
 * `changes` gives the fields that replace the copy's (title, kind, quotas …), from the source call.
 */
export async function publishOpenCopy(
  admin: ApiActor,
  id: string,
  changes: (source: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const source = await admin.get<CallResponse>(`/calls/${sourceCallId}`);
  const now = Date.now();
  await admin.post('/calls', {
    content: {
      ...source.call,
      ...changes(source.call),
      id,
      status: 'draft',
      submissionWindow: {
        start: `${shanghaiDay(now - day)}T00:00:00+08:00`,
        end: `${shanghaiDay(now + 30 * day)}T17:30:00+08:00`,
      },
      recommendationDeadline: `${shanghaiDay(now + 34 * day)}T17:30:00+08:00`,
    },
  });
  await admin.post(`/calls/${id}/publish`, {});
}

/** A quota table entry giving 丽水市 `limit` places on the whole call. */
export const lishuiQuota = (limit: number) => ({
  scope: 'recommender',
  holder: '丽水市',
  limit,
  appliesTo: [],
  combined: false,
  excludedFromQuota: false,
  quote: `丽水市限报${limit}项。`,
  location: '测试用限额',
});
