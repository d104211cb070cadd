import {
  describeUsccProblem,
  findRegion,
  type Locale,
  type OrganisationType,
  type Role,
  validateUscc,
} from '@yanzhen/domain';
import type { TransactionRunner } from '../../db/repositories';
import { AppError, conflict } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import { newToken, sha256 } from '../../shared/tokens';
import type { AuditRepository } from '../audit/audit.repository';
import type { Mailer } from '../mail/mailer';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { UserRepository } from '../users/user.repository';
import type { LoginFailureRepository } from './login-failure.repository';
import { decoyHash, hashPassword, verifyPassword } from './password';
import type { PasswordResetRepository } from './password-reset.repository';
import type { SessionService } from './session.service';

export type NewOrganisationInput = {
  mode: 'create';
  name: string;
  type: OrganisationType;
  uscc?: string | undefined;
  country?: string | undefined;
  regionCode?: string | undefined;
  address?: string | undefined;
  website?: string | undefined;
  contactName: string;
  contactPhone: string;
  contactEmail?: string | undefined;
};
export type SignupInput = {
  email: string;
  password: string;
  name: string;
  phone?: string | undefined;
  locale?: Locale | undefined;
  organisation: NewOrganisationInput | { mode: 'join'; organisationId: string };
};
type RequestMeta = { ip: string; userAgent: string | undefined; locale: Locale };

const RESET_TTL_MS = 60 * 60_000;
const IP_WINDOW_MS = 15 * 60_000;

/** Sign-up, sign-in with lockout and rate limiting, sign-out, password change and reset. */
export function createAuthService(deps: {
  users: UserRepository;
  organisations: OrganisationRepository;
  loginFailures: LoginFailureRepository;
  passwordResets: PasswordResetRepository;
  audit: AuditRepository;
  sessions: SessionService;
  mailer: Mailer;
  transaction: TransactionRunner;
  clock: Clock;
  publicUrl: string;
  login: { maxFailures: number; lockMs: number; ipMaxFailures: number };
}) {
  const { users, audit, clock } = deps;

  function checkNewOrganisation(org: NewOrganisationInput, locale: Locale) {
    if (org.type === 'foreignOrganisation') {
      if (!org.country)
        throw new AppError('validation_failed', 400, {}, [
          { path: 'organisation.country', message: 'required' },
        ]);
      return { uscc: null, regionCode: null, country: org.country };
    }
    if (!org.uscc)
      throw new AppError('validation_failed', 400, {}, [{ path: 'organisation.uscc', message: 'required' }]);
    const uscc = validateUscc(org.uscc);
    if (!uscc.valid) {
      throw new AppError('invalid_uscc', 400, { reason: describeUsccProblem(uscc.problem, locale) }, [
        { path: 'organisation.uscc', message: describeUsccProblem(uscc.problem, locale), ...uscc.problem },
      ]);
    }
    if (!org.regionCode) {
      throw new AppError('validation_failed', 400, {}, [
        { path: 'organisation.regionCode', message: 'required' },
      ]);
    }
    if (!findRegion(org.regionCode)) throw new AppError('invalid_region', 400, { code: org.regionCode });
    return { uscc: uscc.value, regionCode: org.regionCode, country: 'CN' };
  }

  return {
    /** Creates an account, and the organisation it registers or a pending membership of the one it joins. */
    async signup(input: SignupInput, meta: RequestMeta) {
      const email = input.email.trim().toLowerCase();
      const passwordHash = await hashPassword(input.password);
      const user = await deps.transaction(async (repos) => {
        if (await repos.users.findByEmail(email)) throw conflict('email_taken');
        let organisationId: string;
        let roles: Role[];
        let status: 'active' | 'pending';
        if (input.organisation.mode === 'create') {
          const org = input.organisation;
          const checked = checkNewOrganisation(org, meta.locale);
          if (checked.uscc && (await repos.organisations.findByUscc(checked.uscc)))
            throw conflict('uscc_taken');
          const created = await repos.organisations.insert({
            name: org.name.trim(),
            type: org.type,
            ...checked,
            address: org.address ?? null,
            website: org.website ?? null,
            contactName: org.contactName,
            contactPhone: org.contactPhone,
            contactEmail: org.contactEmail ?? null,
            status: 'pending',
          });
          organisationId = created.id;
          roles = ['applicant', 'orgAdmin'];
          status = 'active';
        } else {
          const org = await repos.organisations.findById(input.organisation.organisationId);
          if (!org) throw new AppError('not_found', 404);
          if (org.status !== 'verified') throw new AppError('organisation_not_joinable', 409);
          organisationId = org.id;
          roles = ['applicant'];
          status = 'pending';
        }
        const created = await repos.users.insert(
          {
            email,
            passwordHash,
            name: input.name.trim(),
            phone: input.phone ?? null,
            locale: input.locale ?? meta.locale,
            organisationId,
            status,
          },
          roles,
        );
        await repos.audit.record({
          type: 'signup',
          actorUserId: created.id,
          actorEmail: email,
          subject: organisationId,
          ip: meta.ip,
          details: { mode: input.organisation.mode },
        });
        return created;
      });
      const session = await deps.sessions.create(user.id, meta);
      return { user, ...session };
    },

    /** Signs in; five failures lock the account for a while, and too many failures from one address are refused. */
    async login(emailInput: string, password: string, meta: RequestMeta) {
      const email = emailInput.trim().toLowerCase();
      const now = clock.now();
      const recent = await deps.loginFailures.countSince(meta.ip, new Date(now.getTime() - IP_WINDOW_MS));
      if (recent >= deps.login.ipMaxFailures) throw new AppError('rate_limited', 429);

      const user = await users.findByEmail(email);
      if (user?.lockedUntil && user.lockedUntil > now) {
        throw new AppError(
          'account_locked',
          423,
          { until: user.lockedUntil.toISOString() },
          { lockedUntil: user.lockedUntil.toISOString() },
        );
      }
      const ok = user
        ? await verifyPassword(user.passwordHash, password)
        : await verifyPassword(await decoyHash(), `${password}x`);
      if (!user || !ok || user.status === 'disabled') {
        await deps.loginFailures.record(meta.ip, email, now);
        await audit.record({
          type: 'login_failed',
          actorUserId: user?.id ?? null,
          actorEmail: email,
          ip: meta.ip,
        });
        if (user) {
          const failures = await users.recordFailedLogin(user.id);
          if (failures >= deps.login.maxFailures) {
            const lockedUntil = new Date(now.getTime() + deps.login.lockMs);
            await users.update(user.id, { lockedUntil, failedLoginCount: 0 });
            await audit.record({
              type: 'login_locked',
              actorUserId: user.id,
              actorEmail: email,
              ip: meta.ip,
              details: { lockedUntil },
            });
          }
        }
        throw new AppError('invalid_credentials', 401);
      }
      if (user.failedLoginCount > 0 || user.lockedUntil)
        await users.update(user.id, { failedLoginCount: 0, lockedUntil: null });
      await audit.record({ type: 'login', actorUserId: user.id, actorEmail: email, ip: meta.ip });
      const session = await deps.sessions.create(user.id, meta);
      return { user, ...session };
    },

    async logout(sessionId: string, actor: { userId: string }, ip: string) {
      await deps.sessions.destroy(sessionId);
      await audit.record({ type: 'logout', actorUserId: actor.userId, ip });
    },

    async changePassword(userId: string, sessionId: string, current: string, next: string, ip: string) {
      const user = await users.findById(userId);
      if (!user || !(await verifyPassword(user.passwordHash, current)))
        throw new AppError('wrong_password', 400);
      await users.update(userId, { passwordHash: await hashPassword(next) });
      await deps.sessions.destroyAllFor(userId, sessionId);
      await audit.record({ type: 'password_changed', actorUserId: userId, actorEmail: user.email, ip });
    },

    /** Mails a one-hour, single-use link; says nothing about whether the address exists. */
    async requestPasswordReset(emailInput: string, meta: RequestMeta) {
      const user = await users.findByEmail(emailInput);
      await audit.record({
        type: 'password_reset_requested',
        actorUserId: user?.id ?? null,
        actorEmail: emailInput.slice(0, 200),
        ip: meta.ip,
      });
      if (!user || user.status === 'disabled') return;
      const token = newToken();
      await deps.passwordResets.insert(
        sha256(token),
        user.id,
        new Date(clock.now().getTime() + RESET_TTL_MS),
      );
      const link = `${deps.publicUrl}/reset-password?token=${token}`;
      const zh = user.locale !== 'en-US';
      await deps.mailer.send({
        to: user.email,
        subject: zh ? '雁阵：重置密码' : 'Yanzhen: reset your password',
        text: zh
          ? `${user.name}，您好：\n\n请在一小时内打开以下链接设置新密码：\n${link}\n\n如果不是您本人操作，请忽略本邮件。`
          : `Hello ${user.name},\n\nOpen this link within an hour to set a new password:\n${link}\n\nIf you did not ask for this, ignore this message.`,
      });
    },

    async confirmPasswordReset(token: string, password: string, ip: string) {
      const userId = await deps.passwordResets.consume(sha256(token), clock.now());
      if (!userId) throw new AppError('invalid_token', 400);
      await users.update(userId, {
        passwordHash: await hashPassword(password),
        failedLoginCount: 0,
        lockedUntil: null,
      });
      await deps.sessions.destroyAllFor(userId);
      await audit.record({ type: 'password_reset', actorUserId: userId, ip });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
