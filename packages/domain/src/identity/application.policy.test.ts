import { describe, expect, it } from 'vitest';
import type { ApplicationState } from '../application/application-lifecycle';
import type { Actor } from './actor';
import { applicationPolicy } from './application.policy';

const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u',
  organisationId: 'org-a',
  status: 'active',
  roles: ['applicant'],
  jurisdiction: { regionCodes: [], organisationIds: [] },
  ...over,
});
const app = (state: ApplicationState) => ({
  organisationId: 'org-a',
  state,
  organisationRegionCode: '331181',
});

describe('applicationPolicy', () => {
  it('keeps applications inside their organisation until it lets them out', () => {
    expect(applicationPolicy.read(actor({}), app('draft'))).toBe(true);
    expect(applicationPolicy.read(actor({ organisationId: 'org-b' }), app('draft'))).toBe(false);
    expect(applicationPolicy.read(actor({ status: 'pending' }), app('draft'))).toBe(false);
    const lishui = actor({
      organisationId: 'bureau',
      roles: ['recommender'],
      jurisdiction: { regionCodes: ['331100'], organisationIds: [] },
    });
    expect(applicationPolicy.read(lishui, app('submitted'))).toBe(false);
    expect(applicationPolicy.read(lishui, app('orgApproved'))).toBe(true);
    const hangzhou = actor({
      organisationId: 'b2',
      roles: ['recommender'],
      jurisdiction: { regionCodes: ['330100'], organisationIds: [] },
    });
    expect(applicationPolicy.read(hangzhou, app('orgApproved'))).toBe(false);
    const officer = actor({ organisationId: 'office', roles: ['programmeOfficer'] });
    expect(applicationPolicy.read(officer, app('orgApproved'))).toBe(false);
    expect(applicationPolicy.read(officer, app('recommended'))).toBe(true);
  });

  it('lets applicants edit and only the organisation admin decide', () => {
    expect(applicationPolicy.edit(actor({}), app('draft'))).toBe(true);
    expect(applicationPolicy.edit(actor({ roles: ['orgAdmin'] }), app('draft'))).toBe(false);
    expect(applicationPolicy.decideForOrganisation(actor({}), app('submitted'))).toBe(false);
    expect(applicationPolicy.decideForOrganisation(actor({ roles: ['orgAdmin'] }), app('submitted'))).toBe(
      true,
    );
    expect(
      applicationPolicy.decideForOrganisation(
        actor({ roles: ['orgAdmin'], organisationId: 'org-b' }),
        app('submitted'),
      ),
    ).toBe(false);
    expect(applicationPolicy.create(actor({ organisationId: null }))).toBe(false);
  });

  it('gives formal review to programme officers only, and its outcome to the organisation once decided', () => {
    const officer = actor({ organisationId: 'office', roles: ['programmeOfficer'] });
    const lishui = actor({
      organisationId: 'bureau',
      roles: ['recommender'],
      jurisdiction: { regionCodes: ['331100'], organisationIds: [] },
    });
    expect(applicationPolicy.reviewFormally(officer, app('recommended'))).toBe(true);
    expect(applicationPolicy.reviewFormally(officer, app('orgApproved'))).toBe(false);
    expect(applicationPolicy.reviewFormally(lishui, app('recommended'))).toBe(false);
    expect(applicationPolicy.reviewFormally(actor({}), app('inFormalReview'))).toBe(false);

    expect(applicationPolicy.readFormalReviewOutcome(actor({}), app('returnedForCorrection'))).toBe(true);
    expect(applicationPolicy.readFormalReviewOutcome(actor({ roles: ['orgAdmin'] }), app('rejected'))).toBe(
      true,
    );
    // while the office is still reviewing, the organisation sees only the state
    expect(applicationPolicy.readFormalReviewOutcome(actor({}), app('inFormalReview'))).toBe(false);
    expect(applicationPolicy.readFormalReviewOutcome(officer, app('inFormalReview'))).toBe(true);
    expect(
      applicationPolicy.readFormalReviewOutcome(actor({ organisationId: 'org-b' }), app('rejected')),
    ).toBe(false);
    expect(applicationPolicy.readFormalReviewOutcome(lishui, app('rejected'))).toBe(false);
  });
});
