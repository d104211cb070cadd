import {
  type Actor,
  type ApplicationState,
  type ApplicationSubject,
  applicationPolicy,
  hasRole,
} from '@yanzhen/domain';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import type { Policy } from '../../http/route';
import type { ApplicationRow } from '../applications/application.repository';

export type ReviewedApplication = ApplicationRow & { subject: ApplicationSubject };

async function loadSubject(req: FastifyRequest, deps: Deps): Promise<ReviewedApplication> {
  const { id } = req.params as { id: string };
  const app = await deps.repos.applications.findById(id);
  if (!app) throw notFound();
  const org = await deps.repos.organisations.findById(app.organisationId);
  return {
    ...app,
    subject: {
      organisationId: app.organisationId,
      state: app.state as ApplicationState,
      organisationRegionCode: org?.regionCode ?? null,
    },
  };
}

export const formalReviewPolicies = {
  /** The office's list and bulk actions: programme officers only. */
  office: {
    name: 'formalReview.office',
    authenticated: true,
    allow: (actor: Actor | null) => hasRole(actor, 'programmeOfficer'),
  } satisfies Policy,
  /**
   * One application's review (checks, checklist with notes, decisions): programme officers, on what has reached
   * the office. Anyone else is refused before anything is looked up, so ids reveal nothing.
   */
  review: {
    name: 'formalReview.review',
    authenticated: true,
    load: async (req, deps) => {
      if (!hasRole(req.ctx.actor, 'programmeOfficer')) return null;
      const app = await loadSubject(req, deps);
      if (!applicationPolicy.reviewFormally(req.ctx.actor, app.subject)) throw notFound();
      return app;
    },
    allow: (actor, app) => !!app && applicationPolicy.reviewFormally(actor, app.subject),
  } satisfies Policy<ReviewedApplication | null>,
  /** The outcome as its organisation sees it: whoever may read the application; the handler shows what is theirs. */
  outcome: {
    name: 'formalReview.outcome',
    authenticated: true,
    load: async (req, deps) => {
      const app = await loadSubject(req, deps);
      if (!applicationPolicy.read(req.ctx.actor, app.subject)) throw notFound();
      return app;
    },
    allow: (actor, app) => applicationPolicy.read(actor, app.subject),
  } satisfies Policy<ReviewedApplication>,
};
