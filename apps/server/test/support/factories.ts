import type { OrganisationType, Role } from '@yanzhen/domain';
import { computeUsccCheckCharacter, usccAlphabet } from '@yanzhen/domain';
import type { Deps } from '../../src/composition-root';
import { createProvisioning } from '../../src/modules/organisations/provisioning';

export const PASSWORD = 'correct-horse-battery';
let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A valid USCC for a region code: random body, computed check character. */
export function makeUscc(regionCode = '331181'): string {
  let body = `91${regionCode}`;
  while (body.length < 17) body += usccAlphabet[Math.floor(Math.random() * 31)];
  return body + computeUsccCheckCharacter(body);
}

export async function createOrganisation(
  deps: Deps,
  over: {
    name?: string;
    type?: OrganisationType;
    regionCode?: string;
    status?: 'pending' | 'verified' | 'rejected';
  } = {},
) {
  const regionCode = over.regionCode ?? '331181';
  return deps.repos.organisations.insert({
    name: over.name ?? `测试单位-${next()}`,
    type: over.type ?? 'enterprise',
    uscc: makeUscc(regionCode),
    country: 'CN',
    regionCode,
    contactName: '联系人',
    contactPhone: '0578-1234567',
    status: over.status ?? 'verified',
  });
}

export async function createUser(
  deps: Deps,
  over: { email?: string; roles?: Role[]; organisationId?: string | null; status?: string } = {},
) {
  const email = over.email ?? `user-${next()}@test.yanzhen.cn`;
  const { user } = await createProvisioning(deps.repos).ensureUser({
    email,
    password: PASSWORD,
    name: `用户${next()}`,
    roles: over.roles ?? ['applicant'],
    organisationId: over.organisationId ?? null,
  });
  if (over.status && over.status !== 'active')
    await deps.repos.users.update(user.id, { status: over.status });
  return { ...user, email, password: PASSWORD };
}

export async function createRecommender(deps: Deps, regions: string[]) {
  const body = await createProvisioning(deps.repos).ensureRecommender({
    name: `推荐单位-${next()}`,
    regionCode: regions[0] ?? null,
    regions,
  });
  const user = await createUser(deps, { roles: ['recommender'], organisationId: body.id });
  return { body, user };
}
