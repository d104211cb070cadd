import { localeSchema, organisationTypeSchema, type Role, roleSchema } from '@yanzhen/domain';
import { z } from 'zod';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { UserRow } from './user.repository';

export const membershipStatusSchema = z.enum(['pending', 'active', 'rejected', 'disabled']);
export const organisationStatusSchema = z.enum(['pending', 'verified', 'rejected']);

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  locale: localeSchema,
  status: membershipStatusSchema,
  roles: z.array(roleSchema),
  organisation: z
    .object({
      id: z.string(),
      name: z.string(),
      type: organisationTypeSchema,
      status: organisationStatusSchema,
      regionCode: z.string().nullable(),
    })
    .nullable(),
});
export type MeView = z.infer<typeof meSchema>;

/** The signed-in person as they see themselves: no password hash, no lockout counters. */
export function presentMe(user: UserRow, roles: Role[], org: OrganisationRow | undefined): MeView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    locale: user.locale === 'en-US' ? 'en-US' : 'zh-CN',
    status: membershipStatusSchema.parse(user.status),
    roles,
    organisation: org
      ? {
          id: org.id,
          name: org.name,
          type: organisationTypeSchema.parse(org.type),
          status: organisationStatusSchema.parse(org.status),
          regionCode: org.regionCode,
        }
      : null,
  };
}
