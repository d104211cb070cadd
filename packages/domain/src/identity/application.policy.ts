import type { TransitionActor } from '../application/application-lifecycle';
import {
  type ApplicationState,
  applicationStateAccess,
  statesVisibleTo,
} from '../application/application-lifecycle';
import { type Actor, hasAnyRole, hasRole } from './actor';
import { isInJurisdiction } from './organisation.policy';

export type ApplicationSubject = {
  organisationId: string;
  state: ApplicationState;
  organisationRegionCode: string | null;
};

/** States in which an application has left its organisation and is in the recommender's hands or beyond. */
const withRecommender = statesVisibleTo('recommender');
/** States in which the programme office sees it: recommended and beyond. */
const withOffice = statesVisibleTo('programmeOfficer');

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
  /** Programme officers run formal review (checks, checklist, decisions) on what has reached the office. */
  reviewFormally(actor: Actor | null, app: ApplicationSubject): boolean {
    return hasRole(actor, 'programmeOfficer') && withOffice.includes(app.state);
  },
  /**
   * The formal review's outcome (decision, reasons, correction deadline): the organisation's people once it is
   * decided, the office always; never the checklist notes (those are `reviewFormally` only).
   */
  readFormalReviewOutcome(actor: Actor | null, app: ApplicationSubject): boolean {
    if (hasRole(actor, 'programmeOfficer') && withOffice.includes(app.state)) return true;
    const visible = applicationStateAccess[app.state].formalReviewOutcome;
    if (!isMember(actor, app)) return false;
    return (
      (visible.includes('applicant') && hasRole(actor, 'applicant')) ||
      (visible.includes('orgAdmin') && hasRole(actor, 'orgAdmin'))
    );
  },
};

/**
 * The relations in which a person stands to an application, for the lifecycle table: the organisation's
 * applicant or admin, the responsible recommender, the programme office. The UI's buttons come from these.
 */
export function transitionRelations(actor: Actor | null, app: ApplicationSubject): TransitionActor[] {
  const out: TransitionActor[] = [];
  if (applicationPolicy.edit(actor, app)) out.push('applicant');
  if (applicationPolicy.decideForOrganisation(actor, app)) out.push('orgAdmin');
  if (applicationPolicy.recommend(actor, app)) out.push('recommender');
  if (applicationPolicy.reviewFormally(actor, app)) out.push('programmeOfficer');
  return out;
}
