import { organisationPolicy } from '@yanzhen/domain';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import type { Policy } from '../../http/route';
import type { OrganisationRow } from './organisation.repository';

async function loadOrganisation(req: FastifyRequest, deps: Deps): Promise<OrganisationRow> {
  const { id } = req.params as { id: string };
  const org = await deps.repos.organisations.findById(id);
  if (!org) throw notFound();
  return org;
}

/**
 * The organisation policies of the route pipeline; the rules themselves live in the domain package.
 * An organisation a person may not read answers 404 rather than 403 would leak nothing more: both are
 * answered only after the caller is signed in, so 403 is kept for clarity.
 */
const read: Policy<OrganisationRow> = {
  name: 'organisation.read',
  authenticated: true,
  load: loadOrganisation,
  allow: (actor, org) => organisationPolicy.read(actor, org),
};
const manageMembers: Policy<OrganisationRow> = {
  name: 'organisation.manageMembers',
  authenticated: true,
  load: loadOrganisation,
  allow: (actor, org) => organisationPolicy.manageMembers(actor, org),
};
const verify: Policy<OrganisationRow> = {
  name: 'organisation.verify',
  authenticated: true,
  load: loadOrganisation,
  allow: (actor, org) => organisationPolicy.verify(actor, org),
};
const listForVerification: Policy = {
  name: 'organisation.listForVerification',
  authenticated: true,
  allow: (actor) => organisationPolicy.listForVerification(actor),
};

export const organisationPolicies = { read, manageMembers, verify, listForVerification };
