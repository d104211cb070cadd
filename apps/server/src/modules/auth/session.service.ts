import type { Actor, MembershipStatus } from '@yanzhen/domain';
import type { Clock } from '../../shared/clock';
import { newToken, sha256 } from '../../shared/tokens';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { UserRepository, UserRow } from '../users/user.repository';
import type { SessionRepository } from './session.repository';

export type ResolvedSession = { id: string; csrfToken: string; actor: Actor; user: UserRow };

/** Server-side sessions: the cookie holds a random token; the database holds its hash, the user and a CSRF token. */
export function createSessionService(deps: {
  sessions: SessionRepository;
  users: UserRepository;
  organisations: OrganisationRepository;
  clock: Clock;
  ttlMs: number;
}) {
  const { sessions, users, organisations, clock, ttlMs } = deps;

  async function actorFor(user: UserRow): Promise<Actor> {
    const roles = await users.rolesOf(user.id);
    const jurisdiction =
      roles.includes('recommender') && user.organisationId
        ? await organisations.jurisdictionOf(user.organisationId)
        : { regionCodes: [], organisationIds: [] };
    return {
      userId: user.id,
      organisationId: user.organisationId,
      status: user.status as MembershipStatus,
      roles,
      jurisdiction,
    };
  }

  return {
    actorFor,
    /** Starts a session; returns the cookie token and the CSRF token. */
    async create(userId: string, meta: { ip: string; userAgent: string | undefined }) {
      const token = newToken();
      const csrfToken = newToken(24);
      const now = clock.now();
      await sessions.insert({
        id: sha256(token),
        userId,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + ttlMs),
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      return { token, csrfToken };
    },
    /** The session a cookie token names, or null when it is unknown, expired, or its user is disabled. */
    async resolve(token: string): Promise<ResolvedSession | null> {
      if (token.length > 200) return null;
      const id = sha256(token);
      const now = clock.now();
      const row = await sessions.findLive(id, now);
      if (!row || row.user.status === 'disabled') return null;
      // sliding expiry, written at most once a minute
      if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
        await sessions.touch(id, now, new Date(now.getTime() + ttlMs));
      }
      return { id, csrfToken: row.session.csrfToken, actor: await actorFor(row.user), user: row.user };
    },
    destroy: (sessionId: string) => sessions.delete(sessionId),
    destroyAllFor: (userId: string, exceptSessionId?: string) =>
      sessions.deleteForUser(userId, exceptSessionId),
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
