import { ApiActor, type Person } from './api-actor';
import { submittedApplication, verifiedLongquanEnterprise } from './application-factory';
import { sysAdmin } from './environment';

/** A call in which 丽水市 may recommend two applications (the practice call's quota table sets none). */
export const quotaCallId = 'recommend-quota-two';
export const quotaCallTitle = '【测试】丽水市限报2项的国际科技合作项目通知';
const sourceCallId = 'zj-2024-intl-preparatory';
const day = 86_400_000;

const shanghaiDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

interface CallResponse {
  summary: { phase: string };
  call: Record<string, unknown>;
}

/**
 * Publishes, through the authoring API as the system administrator, a copy of the seed's 2024 notice whose
 * quota table gives 丽水市 two places, open now, with the recommendation deadline 34 days ahead. Idempotent.
 */
export async function ensureQuotaCall(): Promise<void> {
  const admin = await ApiActor.login(sysAdmin.email, sysAdmin.password);
  try {
    const existing = await admin.get<CallResponse>(`/calls/${quotaCallId}`).catch(() => null);
    if (existing?.summary.phase === 'open') return;
    if (existing) throw new Error(`${quotaCallId} exists but is ${existing.summary.phase}`);
    const source = await admin.get<CallResponse>(`/calls/${sourceCallId}`);
    const now = Date.now();
    await admin.post('/calls', {
      content: {
        ...source.call,
        id: quotaCallId,
        title: quotaCallTitle,
        kind: 'call',
        status: 'draft',
        submissionWindow: {
          start: `${shanghaiDay(now - day)}T00:00:00+08:00`,
          end: `${shanghaiDay(now + 30 * day)}T17:30:00+08:00`,
        },
        recommendationDeadline: `${shanghaiDay(now + 34 * day)}T17:30:00+08:00`,
        quotas: [
          {
            scope: 'recommender',
            holder: '丽水市',
            limit: 2,
            appliesTo: [],
            combined: false,
            excludedFromQuota: false,
            quote: '丽水市限报2项。',
            location: '测试用限额',
          },
        ],
      },
    });
    await admin.post(`/calls/${quotaCallId}/publish`, {});
  } finally {
    await admin.dispose();
  }
}

export interface ApprovedApplication {
  id: string;
  title: string;
  applicant: Person;
}

/**
 * An application of a new verified enterprise in 龙泉市 for the call's Finland direction, submitted and approved
 * by its organisation through the API, so that it waits for 丽水市's recommendation.
 */
export async function applicationAwaitingRecommendation(
  label: string,
  title: string,
): Promise<ApprovedApplication> {
  const organisation = await verifiedLongquanEnterprise(label);
  const id = await submittedApplication(organisation.admin, quotaCallId, '1.1', title);
  const admin = await ApiActor.login(organisation.admin.email, organisation.admin.password);
  try {
    await admin.post(`/applications/${id}/org-approve`, {});
  } finally {
    await admin.dispose();
  }
  return { id, title, applicant: organisation.admin };
}
