import { type APIRequestContext, request } from '@playwright/test';
import { baseUrl, longquan } from './environment';
import { makeUscc, uniqueSuffix } from './uscc';

interface SignedIn {
  user: { id: string; email: string; organisation: { id: string; name: string } | null };
  csrfToken: string;
}

/** One person talking to the API directly, to build the data a journey starts from. */
export class ApiActor {
  private constructor(
    private readonly context: APIRequestContext,
    private csrfToken: string | null = null,
  ) {}

  static async anonymous(): Promise<ApiActor> {
    const context = await request.newContext({
      baseURL: baseUrl,
      extraHTTPHeaders: { 'Accept-Language': 'zh-CN' },
    });
    return new ApiActor(context);
  }

  static async login(email: string, password: string): Promise<ApiActor> {
    const actor = await ApiActor.anonymous();
    await actor.post<SignedIn>('/auth/login', { email, password });
    return actor;
  }

  /** POSTs with the CSRF token; fails loudly with the server's answer when the status is not 2xx. */
  async post<T>(path: string, body: unknown): Promise<T> {
    const headers: Record<string, string> = this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {};
    const response = await this.context.post(`/api/v1${path}`, { data: body, headers });
    const text = await response.text();
    if (!response.ok()) throw new Error(`POST ${path} → ${response.status()}: ${text}`);
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    const token = (parsed as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof token === 'string') this.csrfToken = token;
    return parsed as T;
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.context.get(`/api/v1${path}`);
    if (!response.ok()) throw new Error(`GET ${path} → ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }
}

export interface Person {
  email: string;
  password: string;
  name: string;
}

export interface RegisteredOrganisation {
  id: string;
  name: string;
  uscc: string;
  admin: Person;
}

/** A new person with a unique e-mail address. */
export function newPerson(label: string): Person {
  const suffix = uniqueSuffix();
  return {
    email: `${label}-${suffix}@example.cn`,
    password: `pw-${suffix}-secret`,
    name: `${label}${suffix}`,
  };
}

/** Signs up a new enterprise in 龙泉市 through the API; it stays pending until a recommender verifies it. */
export async function registerOrganisation(label: string): Promise<RegisteredOrganisation> {
  const admin = newPerson(`${label}-admin`);
  const name = `${label}科技有限公司${uniqueSuffix()}`;
  const uscc = makeUscc(longquan.code);
  const actor = await ApiActor.anonymous();
  try {
    const signedIn = await actor.post<SignedIn>('/auth/signup', {
      ...admin,
      locale: 'zh-CN',
      organisation: {
        mode: 'create',
        name,
        type: 'enterprise',
        uscc,
        regionCode: longquan.code,
        contactName: admin.name,
        contactPhone: '0578-7000000',
      },
    });
    const id = signedIn.user.organisation?.id;
    if (!id) throw new Error('sign-up returned no organisation');
    return { id, name, uscc, admin };
  } finally {
    await actor.dispose();
  }
}

/** A recommender verifies an organisation through the API. */
export async function verifyOrganisation(recommender: Person, organisationId: string): Promise<void> {
  const actor = await ApiActor.login(recommender.email, recommender.password);
  try {
    await actor.post(`/organisations/${organisationId}/verification`, { decision: 'verified' });
  } finally {
    await actor.dispose();
  }
}
