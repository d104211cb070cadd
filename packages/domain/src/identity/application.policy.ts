import type { ApplicationState } from '../application/application-lifecycle';
import { type Actor, hasAnyRole, hasRole } from './actor';
import { isInJurisdiction } from './organisation.policy';

export type ApplicationSubject = {
  organisationId: string;
  state: ApplicationState;
  organisationRegionCode: string | null;
};

/** States in which an application has left its organisation and is in the recommender's hands or beyond. */
const withRecommender: readonly ApplicationState[] = [
  'orgApproved',
  'recommended',
  'recommenderRejected',
  'inFormalReview',
  'acceptedForExpertReview',
  'returnedForCorrection',
  'rejected',
];
const withOffice: readonly ApplicationState[] = [
  'recommended',
  'inFormalReview',
  'acceptedForExpertReview',
  'returnedForCorrection',
  'rejected',
];

const isMember = (actor: Actor | null, app: ApplicationSubject): actor is Actor =>
  !!actor && actor.status === 'active' && actor.organisationId === app.organisationId;

export const applicationPolicy = {
  /** Active applicants of an organisation start applications for it. */
  create(actor: Actor | null): boolean {
    return hasRole(actor, 'applicant') && !!actor.organisationId;
  },
  /**
   * Its organisation's active people; the recommender responsible once the organisation has approved it;
   * the programme office once it is recommended; administrators.
   */
  read(actor: Actor | null, app: ApplicationSubject): boolean {
    if (isMember(actor, app)) return true;
    if (
      hasRole(actor, 'recommender') &&
      withRecommender.includes(app.state) &&
      isInJurisdiction(actor, { id: app.organisationId, regionCode: app.organisationRegionCode })
    ) {
      return true;
    }
    if (hasRole(actor, 'programmeOfficer') && withOffice.includes(app.state)) return true;
    return hasAnyRole(actor, 'sysAdmin');
  },
  /** The organisation's applicants write, upload, submit and withdraw (the lifecycle decides when). */
  edit(actor: Actor | null, app: ApplicationSubject): boolean {
    return isMember(actor, app) && hasRole(actor, 'applicant');
  },
  /** The recommender responsible for the lead organisation recommends, returns or rejects it. */
  recommend(actor: Actor | null, app: ApplicationSubject): boolean {
    return (
      hasRole(actor, 'recommender') &&
      actor.organisationId !== app.organisationId &&
      isInJurisdiction(actor, { id: app.organisationId, regionCode: app.organisationRegionCode })
    );
  },
  /** Only the organisation's admin lets an application leave the organisation (or returns it). */
  decideForOrganisation(actor: Actor | null, app: ApplicationSubject): boolean {
    return isMember(actor, app) && hasRole(actor, 'orgAdmin');
  },
};
