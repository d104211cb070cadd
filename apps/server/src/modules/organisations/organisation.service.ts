import type { Actor } from '@yanzhen/domain';
import { AppError, notFound } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import type { AuditRepository } from '../audit/audit.repository';
import type { Mailer } from '../mail/mailer';
import type { UserRepository } from '../users/user.repository';
import type { OrganisationRepository, OrganisationRow } from './organisation.repository';

/** Membership decisions of an organisation's admin, and verification by recommenders. */
export function createOrganisationService(deps: {
  organisations: OrganisationRepository;
  users: UserRepository;
  audit: AuditRepository;
  mailer: Mailer;
  clock: Clock;
}) {
  const { organisations, users, audit } = deps;

  async function decideMember(
    org: OrganisationRow,
    userId: string,
    actor: Actor,
    decision: 'active' | 'rejected',
    reason?: string,
  ) {
    const member = await users.findMember(org.id, userId);
    if (!member) throw notFound();
    if (member.id === actor.userId) throw new AppError('conflict', 409);
    const updated = await users.update(member.id, { status: decision });
    await audit.record({
      type: decision === 'active' ? 'member_approved' : 'member_rejected',
      actorUserId: actor.userId,
      subject: member.id,
      details: { organisationId: org.id, reason: reason ?? null },
    });
    const zh = member.locale !== 'en-US';
    await deps.mailer.send({
      to: member.email,
      subject: zh
        ? `雁阵：${org.name} 已${decision === 'active' ? '通过' : '拒绝'}您的加入申请`
        : `Yanzhen: ${org.name} has ${decision === 'active' ? 'approved' : 'declined'} your membership`,
      text: reason ?? (zh ? '请登录雁阵查看。' : 'Sign in to Yanzhen for details.'),
    });
    return updated;
  }

  return {
    approveMember: (org: OrganisationRow, userId: string, actor: Actor) =>
      decideMember(org, userId, actor, 'active'),
    rejectMember: (org: OrganisationRow, userId: string, actor: Actor, reason?: string) =>
      decideMember(org, userId, actor, 'rejected', reason),

    async verify(org: OrganisationRow, actor: Actor, decision: 'verified' | 'rejected', reason?: string) {
      if (decision === 'rejected' && !reason?.trim()) {
        throw new AppError('validation_failed', 400, {}, [
          { path: 'reason', message: 'required when rejecting' },
        ]);
      }
      const updated = await organisations.update(org.id, {
        status: decision,
        statusReason: reason?.trim() || null,
        verifiedBy: actor.userId,
        verifiedAt: deps.clock.now(),
      });
      await audit.record({
        type: decision === 'verified' ? 'organisation_verified' : 'organisation_rejected',
        actorUserId: actor.userId,
        subject: org.id,
        details: { reason: reason ?? null },
      });
      return updated;
    },

    /** Organisations a recommender answers for (all of them for an administrator). */
    async listForVerification(actor: Actor, status?: string) {
      const scope = actor.roles.includes('sysAdmin') ? null : actor.jurisdiction;
      return organisations.listInJurisdiction(
        scope ? { regionCodes: [...scope.regionCodes], organisationIds: [...scope.organisationIds] } : null,
        status,
      );
    },
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
