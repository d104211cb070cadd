import type { MembershipStatus, Role } from './role';

/**
 * The person acting, as the policies see them. `jurisdiction` is filled for recommenders: the regions and
 * the organisations their recommending body answers for.
 */
export type Actor = {
  userId: string;
  organisationId: string | null;
  status: MembershipStatus;
  roles: readonly Role[];
  jurisdiction: { regionCodes: readonly string[]; organisationIds: readonly string[] };
};

/** A pending or rejected member holds no role's powers until their organisation admits them. */
export function hasRole(actor: Actor | null, role: Role): actor is Actor {
  return !!actor && actor.status === 'active' && actor.roles.includes(role);
}

export function hasAnyRole(actor: Actor | null, ...wanted: Role[]): actor is Actor {
  return wanted.some((r) => hasRole(actor, r));
}
