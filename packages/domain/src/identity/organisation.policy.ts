import { isWithinRegion } from '../region/region';
import { type Actor, hasAnyRole, hasRole } from './actor';

/** What the organisation policies need to know about an organisation. */
export type OrganisationSubject = { id: string; regionCode: string | null };

/** A recommender answers for organisations in its regions (a city and its counties) or named in its list. */
export function isInJurisdiction(actor: Actor, org: OrganisationSubject): boolean {
  if (actor.jurisdiction.organisationIds.includes(org.id)) return true;
  const code = org.regionCode;
  return !!code && actor.jurisdiction.regionCodes.some((r) => isWithinRegion(code, r));
}

export const organisationPolicy = {
  /** Its own people (even while pending), its recommender, the programme office and administrators. */
  read(actor: Actor | null, org: OrganisationSubject): boolean {
    if (!actor) return false;
    if (actor.organisationId === org.id && actor.status !== 'rejected') return true;
    if (hasRole(actor, 'recommender') && isInJurisdiction(actor, org)) return true;
    return hasAnyRole(actor, 'programmeOfficer', 'sysAdmin');
  },
  /** The organisation's own administrator decides who belongs to it. */
  manageMembers(actor: Actor | null, org: OrganisationSubject): boolean {
    if (hasRole(actor, 'orgAdmin') && actor.organisationId === org.id) return true;
    return hasRole(actor, 'sysAdmin');
  },
  /** The recommender responsible for it, or an administrator, verifies an organisation. */
  verify(actor: Actor | null, org: OrganisationSubject): boolean {
    if (hasRole(actor, 'recommender') && isInJurisdiction(actor, org) && actor.organisationId !== org.id)
      return true;
    return hasRole(actor, 'sysAdmin');
  },
  /** Listing organisations awaiting verification: recommenders (scoped) and administrators. */
  listForVerification(actor: Actor | null): boolean {
    return hasAnyRole(actor, 'recommender', 'sysAdmin');
  },
};
