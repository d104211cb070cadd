import * as oidc from 'openid-client';
import type { Config } from '../../config';
import { AppError } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import type { AuditRepository } from '../audit/audit.repository';
import type { UserRepository } from '../users/user.repository';
import type { OidcStateRepository } from './oidc-state.repository';
import type { SessionService } from './session.service';

const STATE_TTL_MS = 10 * 60_000;

/**
 * Single sign-on through an OpenID Connect provider (a 政务服务网-style identity service), when configured.
 * Authorization code flow with PKCE, state and nonce. A person signs in to an existing account: matched by the
 * provider's subject, or on first use by a verified e-mail address, which then links the subject.
 */
export function createOidcService(deps: {
  config: NonNullable<Config['oidc']>;
  publicUrl: string;
  states: OidcStateRepository;
  users: UserRepository;
  sessions: SessionService;
  audit: AuditRepository;
  clock: Clock;
}) {
  let discovered: Promise<oidc.Configuration> | null = null;
  const redirectUri = `${deps.publicUrl}/api/v1/auth/oidc/callback`;

  function configuration() {
    discovered ??= (async () => {
      const issuer = new URL(deps.config.issuer);
      const local =
        issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
      return oidc.discovery(
        issuer,
        deps.config.clientId,
        deps.config.clientSecret ?? undefined,
        deps.config.clientSecret ? undefined : oidc.None(),
        local ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
    })().catch((err: unknown) => {
      discovered = null;
      throw err;
    });
    return discovered;
  }

  return {
    label: deps.config.label,
    /** Where to send the browser to sign in. */
    async start(): Promise<string> {
      const config = await configuration();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      await deps.states.prune(new Date(deps.clock.now().getTime() - STATE_TTL_MS));
      await deps.states.insert({ state, codeVerifier, nonce, createdAt: deps.clock.now() });
      return oidc
        .buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: 'openid email profile',
          code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
          state,
          nonce,
        })
        .toString();
    },

    /** Finishes the provider's redirect: returns a new session for the matching account. */
    async finish(callbackQuery: Record<string, string>, meta: { ip: string; userAgent: string | undefined }) {
      const attempt = callbackQuery.state ? await deps.states.take(callbackQuery.state) : undefined;
      if (!attempt || deps.clock.now().getTime() - attempt.createdAt.getTime() > STATE_TTL_MS) {
        throw new AppError('sso_failed', 400, { reason: 'state' });
      }
      const config = await configuration();
      const url = new URL(redirectUri);
      for (const [k, v] of Object.entries(callbackQuery)) url.searchParams.set(k, v);
      let claims: oidc.IDToken | undefined;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, url, {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
        });
        claims = tokens.claims();
      } catch (err) {
        throw new AppError('sso_failed', 400, { reason: (err as Error).message.slice(0, 200) });
      }
      if (!claims) throw new AppError('sso_failed', 400, { reason: 'no id_token' });
      let user = await deps.users.findByOidcSubject(claims.sub);
      if (!user && typeof claims.email === 'string' && claims.email_verified === true) {
        const byEmail = await deps.users.findByEmail(claims.email);
        if (byEmail && !byEmail.oidcSubject)
          user = await deps.users.update(byEmail.id, { oidcSubject: claims.sub });
      }
      if (!user || user.status === 'disabled') return null;
      await deps.audit.record({
        type: 'sso_login',
        actorUserId: user.id,
        actorEmail: user.email,
        ip: meta.ip,
        details: { sub: claims.sub },
      });
      return deps.sessions.create(user.id, meta);
    },
  };
}
export type OidcService = ReturnType<typeof createOidcService>;
