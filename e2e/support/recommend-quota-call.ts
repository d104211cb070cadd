import { ApiActor, type Person } from './api-actor';
import { submittedApplication, verifiedLongquanEnterprise } from './application-factory';
import { sysAdmin } from './environment';
import { callPhase, lishuiQuota, publishOpenCopy } from './open-call';

/** A call in which 丽水市 may recommend two applications (the practice call's quota table sets none). */
export const quotaCallId = 'recommend-quota-two';
export const quotaCallTitle = '【测试】丽水市限报2项的国际科技合作项目通知';

/**
 * Publishes, through the authoring API as the system administrator, a copy of the seed's 2024 notice whose
 * quota table gives 丽水市 two places, open now, with the recommendation deadline 34 days ahead. Idempotent.
 */
export async function ensureQuotaCall(): Promise<void> {
  const admin = await ApiActor.login(sysAdmin.email, sysAdmin.password);
  try {
    const phase = await callPhase(admin, quotaCallId);
    if (phase === 'open') return;
    if (phase) throw new Error(`${quotaCallId} exists but is ${phase}`);
    await publishOpenCopy(admin, quotaCallId, () => ({
      title: quotaCallTitle,
      kind: 'call',
      quotas: [lishuiQuota(2)],
    }));
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
