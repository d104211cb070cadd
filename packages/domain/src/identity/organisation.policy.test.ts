import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { organisationPolicy } from './organisation.policy';

const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u',
  organisationId: 'org-a',
  status: 'active',
  roles: ['applicant'],
  jurisdiction: { regionCodes: [], organisationIds: [] },
  ...over,
});
const orgA = { id: 'org-a', regionCode: '331181' }; // 龙泉市
const orgB = { id: 'org-b', regionCode: '330106' }; // 杭州 西湖区

describe('organisationPolicy', () => {
  it('lets members read their own organisation but not another', () => {
    expect(organisationPolicy.read(actor({}), orgA)).toBe(true);
    expect(organisationPolicy.read(actor({}), orgB)).toBe(false);
    expect(organisationPolicy.read(actor({ status: 'pending' }), orgA)).toBe(true);
    expect(organisationPolicy.read(actor({ status: 'rejected' }), orgA)).toBe(false);
    expect(organisationPolicy.read(null, orgA)).toBe(false);
  });

  it('scopes a recommender to the counties of its city and to named organisations', () => {
    const lishui = actor({
      organisationId: 'bureau',
      roles: ['recommender'],
      jurisdiction: { regionCodes: ['331100'], organisationIds: ['org-named'] },
    });
    expect(organisationPolicy.verify(lishui, orgA)).toBe(true);
    expect(organisationPolicy.verify(lishui, orgB)).toBe(false);
    expect(organisationPolicy.verify(lishui, { id: 'org-named', regionCode: null })).toBe(true);
    expect(organisationPolicy.verify(lishui, { id: 'bureau', regionCode: '331100' })).toBe(false);
  });

  it('gives a pending member none of their roles', () => {
    const pendingAdmin = actor({ roles: ['orgAdmin'], status: 'pending' });
    expect(organisationPolicy.manageMembers(pendingAdmin, orgA)).toBe(false);
    expect(organisationPolicy.manageMembers(actor({ roles: ['orgAdmin'] }), orgA)).toBe(true);
    expect(organisationPolicy.manageMembers(actor({ roles: ['orgAdmin'] }), orgB)).toBe(false);
  });

  it('lets administrators do everything and programme officers read', () => {
    const admin = actor({ organisationId: null, roles: ['sysAdmin'] });
    expect(organisationPolicy.verify(admin, orgB)).toBe(true);
    expect(organisationPolicy.manageMembers(admin, orgB)).toBe(true);
    expect(organisationPolicy.read(actor({ organisationId: 'x', roles: ['programmeOfficer'] }), orgB)).toBe(
      true,
    );
    expect(organisationPolicy.verify(actor({ organisationId: 'x', roles: ['programmeOfficer'] }), orgB)).toBe(
      false,
    );
  });
});
