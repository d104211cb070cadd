import { request } from '@playwright/test';
import { ApiActor, type Person, registerOrganisation, verifyOrganisation } from './api-actor';
import { baseUrl, lishuiRecommender } from './environment';

/** A verified enterprise in 龙泉市 (a mountain county) whose admin is also its applicant. */
export async function verifiedLongquanEnterprise(label: string) {
  const organisation = await registerOrganisation(label);
  await verifyOrganisation(lishuiRecommender, organisation.id);
  return organisation;
}

/** Starts a draft for a direction through the API (journeys that test the editor, not the finder). */
export async function startApplication(
  person: Person,
  callId: string,
  directionCode: string,
): Promise<string> {
  const actor = await ApiActor.login(person.email, person.password);
  try {
    return (await actor.post<{ id: string }>('/applications', { callId, directionCode })).id;
  } finally {
    await actor.dispose();
  }
}

/**
 * A submitted application of the practice call's bilateral category: 30 万元 against 150 万元 of R&D
 * investment, two years, the foreign side's reference. Built through the API as the editor would save it.
 */
export async function submittedApplication(
  person: Person,
  callId: string,
  directionCode: string,
  title: string,
): Promise<string> {
  // ApiActor has no PUT: this one talks to the API with its own request context
  const context = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { 'Accept-Language': 'zh-CN' },
  });
  const call = async <T>(method: 'post' | 'put', path: string, data: unknown, csrf?: string): Promise<T> => {
    const response = await context[method](`/api/v1${path}`, {
      data,
      headers: csrf ? { 'x-csrf-token': csrf } : {},
    });
    if (!response.ok())
      throw new Error(`${method.toUpperCase()} ${path} → ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  try {
    const { csrfToken } = await call<{ csrfToken: string }>('post', '/auth/login', {
      email: person.email,
      password: person.password,
    });
    const { id } = await call<{ id: string }>('post', '/applications', { callId, directionCode }, csrfToken);
    const content = {
      basics: {
        title,
        startDate: '2027-01-01',
        endDate: '2028-12-31',
        foreignApplicationReference: `REF-${directionCode}`,
      },
      budget: { publicFundingWan: 30, rdInvestmentWan: 150 },
    };
    const saved = await call<{ revision: number }>(
      'put',
      `/applications/${id}/draft`,
      { revision: 1, content },
      csrfToken,
    );
    await call('post', `/applications/${id}/submit`, { revision: saved.revision }, csrfToken);
    return id;
  } finally {
    await context.dispose();
  }
}
