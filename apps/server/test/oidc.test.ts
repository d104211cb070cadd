import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/** A minimal OpenID provider on loopback: discovery, JWKS and a token endpoint that checks PKCE. */
async function startFakeProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { sub: string; email: string; nonce: string; challenge: string }>();
  const app: FastifyInstance = Fastify();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  let issuer = '';
  app.get('/.well-known/openid-configuration', async () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
  }));
  app.get('/jwks', async () => ({ keys: [jwk] }));
  app.post('/token', async (req, reply) => {
    const body = req.body as Record<string, string>;
    const grant = codes.get(body.code ?? '');
    const verifierHash = createHash('sha256')
      .update(body.code_verifier ?? '')
      .digest('base64url');
    if (!grant || verifierHash !== grant.challenge) return reply.status(400).send({ error: 'invalid_grant' });
    codes.delete(body.code!);
    const idToken = await new SignJWT({ email: grant.email, email_verified: true, nonce: grant.nonce })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience('yanzhen')
      .setSubject(grant.sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    return { access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: idToken };
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  issuer = address;
  /** What the provider does when the person signs in at its authorize page. */
  const authorize = (authorizeUrl: string, who: { sub: string; email: string }) => {
    const u = new URL(authorizeUrl);
    const code = `code-${Math.random().toString(36).slice(2)}`;
    codes.set(code, {
      ...who,
      nonce: u.searchParams.get('nonce')!,
      challenge: u.searchParams.get('code_challenge')!,
    });
    return { code, state: u.searchParams.get('state')! };
  };
  return { issuer, authorize, close: () => app.close() };
}

describe('single sign-on (OpenID Connect)', () => {
  let provider: Awaited<ReturnType<typeof startFakeProvider>>;
  let t: TestApp;
  beforeAll(async () => {
    provider = await startFakeProvider();
    t = await createTestApp('embedded', {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'yanzhen',
      OIDC_CLIENT_SECRET: 's3cret',
    });
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  it('is announced with its label', async () => {
    expect((await t.app.inject({ url: '/api/v1/auth/oidc' })).json()).toEqual({
      enabled: true,
      label: '政务服务网登录',
    });
  });

  it('signs in an existing account by verified e-mail, then by subject', async () => {
    const user = await createUser(t.deps);
    for (let round = 0; round < 2; round++) {
      const start = await t.app.inject({ url: '/api/v1/auth/oidc/start' });
      expect(start.statusCode).toBe(302);
      const location = start.headers.location as string;
      expect(location.startsWith(`${provider.issuer}/authorize?`)).toBe(true);
      expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256');
      const { code, state } = provider.authorize(location, { sub: 'zw-000123', email: user.email });
      const back = await t.app.inject({ url: `/api/v1/auth/oidc/callback?code=${code}&state=${state}` });
      expect(back.statusCode, back.body).toBe(302);
      expect(back.headers.location).toBe('/');
      const cookie = back.cookies.find((c) => c.name === 'yz_sid')!;
      const session = await t.app.inject({
        url: '/api/v1/auth/session',
        headers: { cookie: `yz_sid=${cookie.value}` },
      });
      expect(session.json().user.email).toBe(user.email);
    }
    expect((await t.deps.repos.users.findById(user.id))?.oidcSubject).toBe('zw-000123');
  });

  it('does not sign in a person without an account, and refuses a replayed state', async () => {
    const start = await t.app.inject({ url: '/api/v1/auth/oidc/start' });
    const { code, state } = provider.authorize(start.headers.location as string, {
      sub: 'zw-999',
      email: 'stranger@example.cn',
    });
    const back = await t.app.inject({ url: `/api/v1/auth/oidc/callback?code=${code}&state=${state}` });
    expect(back.headers.location).toBe('/login?sso=unknown');
    const replay = await t.app.inject({ url: `/api/v1/auth/oidc/callback?code=${code}&state=${state}` });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().code).toBe('sso_failed');
  });

  it('is absent when not configured', async () => {
    const plain = await createTestApp('embedded');
    try {
      expect((await plain.app.inject({ url: '/api/v1/auth/oidc' })).json()).toEqual({
        enabled: false,
        label: null,
      });
      expect((await plain.app.inject({ url: '/api/v1/auth/oidc/start' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
