import { type APIRequestContext, request } from '@playwright/test';
import { ApiActor, type Person } from './api-actor';
import { submittedApplication, verifiedLongquanEnterprise } from './application-factory';
import { samplePdf } from './application-practice-call';
import { baseUrl, lishuiRecommender, sysAdmin } from './environment';
import { lishuiQuota, publishOpenCopy } from './open-call';
import { uniqueSuffix } from './uscc';

export interface FormalReviewCall {
  id: string;
  title: string;
}

/**
 * Publishes, as the system administrator, a new copy of the seed's 2024 notice of its own (so that its batch
 * belongs to this journey alone), open now, in which 丽水市 may recommend up to ten applications.
 */
export async function publishFormalReviewCall(): Promise<FormalReviewCall> {
  const suffix = uniqueSuffix();
  const id = `formal-review-${suffix}`;
  const title = `【测试】形式审查用国际科技合作项目通知${suffix}`;
  const admin = await ApiActor.login(sysAdmin.email, sysAdmin.password);
  try {
    await publishOpenCopy(admin, id, () => ({
      title,
      kind: 'call',
      quotas: [lishuiQuota(10)],
    }));
  } finally {
    await admin.dispose();
  }
  return { id, title };
}

export interface RecommendedApplication {
  id: string;
  title: string;
  applicant: Person;
}

/** GETs a document of the batch (which records that it was generated); fails loudly on an error. */
async function fetchDocument(context: APIRequestContext, path: string): Promise<void> {
  const response = await context.get(`/api/v1${path}`);
  if (!response.ok()) throw new Error(`GET ${path} → ${response.status()}: ${await response.text()}`);
  await response.body();
}

/**
 * 丽水市 recommends the application and sends its batch for the call, as its recommender would in the
 * browser: the summary table and the letter generated, the stamped scan uploaded, then sent.
 */
async function recommendAndSendBatch(applicationId: string, callId: string): Promise<void> {
  const context = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { 'Accept-Language': 'zh-CN' },
  });
  try {
    const login = await context.post('/api/v1/auth/login', {
      data: { email: lishuiRecommender.email, password: lishuiRecommender.password },
    });
    if (!login.ok()) throw new Error(`recommender login → ${login.status()}: ${await login.text()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };
    const post = async (path: string, options: Parameters<APIRequestContext['post']>[1]) => {
      const response = await context.post(`/api/v1${path}`, { ...options, headers });
      if (!response.ok()) throw new Error(`POST ${path} → ${response.status()}: ${await response.text()}`);
    };
    await post(`/applications/${applicationId}/recommend`, { data: {} });
    const query = `callId=${encodeURIComponent(callId)}`;
    await fetchDocument(context, `/recommendations/summary.xlsx?${query}`);
    await fetchDocument(context, `/recommendations/letter.pdf?${query}`);
    await post(`/recommendations/batch/scan?${query}`, {
      multipart: {
        file: { name: '盖章扫描件.pdf', mimeType: 'application/pdf', buffer: samplePdf('Stamped') },
      },
    });
    await post('/recommendations/batch/send', { data: { callId } });
  } finally {
    await context.dispose();
  }
}

/**
 * An application of a new verified enterprise in 龙泉市 for the call's Finland direction: submitted, approved by
 * its organisation, recommended by 丽水市 and listed in its sent batch, so that it waits for formal review.
 */
export async function applicationAwaitingFormalReview(
  callId: string,
  title: string,
): Promise<RecommendedApplication> {
  const organisation = await verifiedLongquanEnterprise('formal-review');
  const id = await submittedApplication(organisation.admin, callId, '1.1', title);
  const admin = await ApiActor.login(organisation.admin.email, organisation.admin.password);
  try {
    await admin.post(`/applications/${id}/org-approve`, {});
  } finally {
    await admin.dispose();
  }
  await recommendAndSendBatch(id, callId);
  return { id, title, applicant: organisation.admin };
}
