import { describe, expect, it } from 'vitest';
import {
  applicationStateAccess,
  applicationStateLabels,
  applicationStates,
  applicationTransitions,
  availableTransitions,
  isEditable,
  planTransition,
  statesVisibleTo,
} from './application-lifecycle';

describe('application lifecycle', () => {
  it('labels every state for applicants and staff in both languages', () => {
    for (const s of applicationStates) {
      for (const side of ['applicant', 'staff'] as const) {
        expect(applicationStateLabels[s][side]['zh-CN']).toBeTruthy();
        expect(applicationStateLabels[s][side]['en-US']).toBeTruthy();
      }
    }
  });

  it('only moves between known states, and every state but the ends can be left', () => {
    for (const t of Object.values(applicationTransitions)) {
      for (const f of t.from) expect(applicationStates).toContain(f);
      expect(applicationStates).toContain(t.to);
    }
    const leavable = new Set<string>(Object.values(applicationTransitions).flatMap((t) => [...t.from]));
    expect(applicationStates.filter((s) => !leavable.has(s))).toEqual([
      'recommenderRejected',
      'acceptedForExpertReview',
      'rejected',
    ]);
  });

  it('lets the applicant submit a draft and withdraw until the recommender acts', () => {
    expect(planTransition('draft', 'submit', ['applicant'])).toEqual({
      ok: true,
      from: 'draft',
      to: 'submitted',
      transition: 'submit',
    });
    expect(planTransition('orgApproved', 'withdraw', ['applicant'])).toMatchObject({
      ok: true,
      to: 'withdrawn',
    });
    expect(planTransition('recommended', 'withdraw', ['applicant'])).toEqual({
      ok: false,
      reason: 'notAllowedFromState',
    });
    expect(planTransition('submitted', 'submit', ['applicant'])).toEqual({
      ok: false,
      reason: 'notAllowedFromState',
    });
  });

  it('requires the right actor and a reason where the table says so', () => {
    expect(planTransition('submitted', 'orgApprove', ['applicant'])).toEqual({
      ok: false,
      reason: 'notAllowedForActor',
    });
    expect(planTransition('submitted', 'orgReturn', ['orgAdmin'])).toEqual({
      ok: false,
      reason: 'reasonRequired',
    });
    expect(planTransition('submitted', 'orgReturn', ['orgAdmin'], '请补充合作协议')).toMatchObject({
      ok: true,
      to: 'returned',
    });
  });

  it('lists what an actor can do, and freezes submitted content', () => {
    expect(availableTransitions('submitted', ['applicant', 'orgAdmin'])).toEqual([
      'withdraw',
      'orgApprove',
      'orgReturn',
    ]);
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('returned')).toBe(true);
    expect(isEditable('submitted')).toBe(false);
    expect(isEditable('orgApproved')).toBe(false);
  });

  it('sends a correction straight back to formal review, never through the organisation again', () => {
    expect(planTransition('returnedForCorrection', 'submit', ['applicant'])).toEqual({
      ok: false,
      reason: 'notAllowedFromState',
    });
    expect(planTransition('returnedForCorrection', 'resubmitCorrection', ['applicant'])).toEqual({
      ok: true,
      from: 'returnedForCorrection',
      to: 'inFormalReview',
      transition: 'resubmitCorrection',
    });
    expect(planTransition('returnedForCorrection', 'resubmitCorrection', ['programmeOfficer'])).toEqual({
      ok: false,
      reason: 'notAllowedForActor',
    });
    expect(planTransition('returned', 'resubmitCorrection', ['applicant'])).toEqual({
      ok: false,
      reason: 'notAllowedFromState',
    });
    expect(availableTransitions('returnedForCorrection', ['applicant', 'orgAdmin'])).toEqual([
      'resubmitCorrection',
    ]);
    expect(availableTransitions('inFormalReview', ['programmeOfficer'])).toEqual([
      'acceptFormalReview',
      'returnForCorrection',
      'rejectFormalReview',
    ]);
    expect(planTransition('inFormalReview', 'returnForCorrection', ['programmeOfficer'])).toEqual({
      ok: false,
      reason: 'reasonRequired',
    });
  });

  it('says who sees and edits in each state', () => {
    expect(isEditable('returnedForCorrection')).toBe(true);
    expect(isEditable('inFormalReview')).toBe(false);
    expect(statesVisibleTo('programmeOfficer')).toEqual([
      'recommended',
      'inFormalReview',
      'acceptedForExpertReview',
      'returnedForCorrection',
      'rejected',
    ]);
    expect(statesVisibleTo('recommender')).not.toContain('submitted');
    for (const s of applicationStates) {
      // the organisation always sees its own application; nobody but the applicant ever edits
      expect(applicationStateAccess[s].read).toEqual(expect.arrayContaining(['applicant', 'orgAdmin']));
      for (const e of applicationStateAccess[s].edit) expect(e).toBe('applicant');
    }
    expect(applicationStateAccess.inFormalReview.formalReviewOutcome).toEqual(['programmeOfficer']);
    expect(applicationStateAccess.returnedForCorrection.formalReviewOutcome).toContain('applicant');
  });
});
