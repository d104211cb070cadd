import type { Role } from '@yanzhen/domain';
import type { Repositories } from '../../db/repositories';
import { hashPassword } from '../auth/password';

/**
 * Provisioning used by the command line and the demo data: accounts and recommending bodies that nobody
 * signs up for. Idempotent: an existing e-mail or organisation name is reused.
 */
export function createProvisioning(repos: Repositories) {
  return {
    async ensureUser(input: {
      email: string;
      password: string;
      name: string;
      roles: Role[];
      organisationId?: string | null;
    }) {
      const existing = await repos.users.findByEmail(input.email);
      if (existing) return { user: existing, created: false };
      const user = await repos.users.insert(
        {
          email: input.email,
          passwordHash: await hashPassword(input.password),
          name: input.name,
          organisationId: input.organisationId ?? null,
          status: 'active',
        },
        input.roles,
      );
      return { user, created: true };
    },

    async ensureOrganisation(input: Parameters<Repositories['organisations']['insert']>[0]) {
      return (await repos.organisations.findByName(input.name)) ?? repos.organisations.insert(input);
    },

    /** A verified recommending body (a city science bureau, a sector body) and its jurisdiction. */
    async ensureRecommender(input: {
      name: string;
      regionCode: string | null;
      regions: string[];
      organisationIds?: string[];
      /** the name the calls' quota tables use for this body, when it is not its city's name */
      quotaHolder?: string | null;
    }) {
      const existing = await repos.organisations.findByName(input.name);
      if (existing) return existing;
      const body = await repos.organisations.insert({
        name: input.name,
        type: 'governmentBody',
        regionCode: input.regionCode,
        country: 'CN',
        quotaHolder: input.quotaHolder ?? null,
        status: 'verified',
      });
      for (const regionCode of input.regions)
        await repos.organisations.addJurisdiction(body.id, { regionCode });
      for (const organisationId of input.organisationIds ?? []) {
        await repos.organisations.addJurisdiction(body.id, { organisationId });
      }
      return body;
    },
  };
}
