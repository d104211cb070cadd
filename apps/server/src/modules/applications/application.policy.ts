import { type ApplicationState, type ApplicationSubject, applicationPolicy } from '@yanzhen/domain';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import type { Policy } from '../../http/route';
import type { ApplicationRow } from './application.repository';

export type LoadedApplication = ApplicationRow & { subject: ApplicationSubject };

/** Loads the application named in the URL with what the policies need; one a person may not read is "not found". */
async function loadApplication(req: FastifyRequest, deps: Deps): Promise<LoadedApplication> {
  const { id } = req.params as { id: string };
  const app = await deps.repos.applications.findById(id);
  if (!app) throw notFound();
  const org = await deps.repos.organisations.findById(app.organisationId);
  const subject = {
    organisationId: app.organisationId,
    state: app.state as ApplicationState,
    organisationRegionCode: org?.regionCode ?? null,
  };
  if (!applicationPolicy.read(req.ctx.actor, subject)) throw notFound();
  return { ...app, subject };
}

const policy = (
  name: string,
  allow: (actor: Parameters<typeof applicationPolicy.read>[0], s: ApplicationSubject) => boolean,
): Policy<LoadedApplication> => ({
  name,
  authenticated: true,
  load: loadApplication,
  allow: (actor, app) => allow(actor, app.subject),
});

export const applicationPolicies = {
  create: {
    name: 'application.create',
    authenticated: true,
    allow: (actor) => applicationPolicy.create(actor),
  } satisfies Policy,
  listOwn: {
    name: 'application.listOwn',
    authenticated: true,
    allow: (actor) => !!actor?.organisationId && actor.status === 'active',
  } satisfies Policy,
  read: policy('application.read', applicationPolicy.read),
  edit: policy('application.edit', applicationPolicy.edit),
  decideForOrganisation: policy('application.decideForOrganisation', applicationPolicy.decideForOrganisation),
  recommend: policy('application.recommend', applicationPolicy.recommend),
};
