import { organisationTypeSchema, type Role, regionDisplayName, roleSchema } from '@yanzhen/domain';
import { z } from 'zod';
import { membershipStatusSchema, organisationStatusSchema } from '../users/me.presenter';
import type { UserRow } from '../users/user.repository';
import type { OrganisationRow } from './organisation.repository';

export const organisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: organisationTypeSchema,
  uscc: z.string().nullable(),
  country: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  status: organisationStatusSchema,
  statusReason: z.string().nullable(),
  createdAt: z.string(),
});

export function presentOrganisation(o: OrganisationRow): z.infer<typeof organisationViewSchema> {
  return {
    id: o.id,
    name: o.name,
    type: organisationTypeSchema.parse(o.type),
    uscc: o.uscc,
    country: o.country,
    regionCode: o.regionCode,
    regionName: o.regionCode ? regionDisplayName(o.regionCode) : null,
    address: o.address,
    website: o.website,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    contactEmail: o.contactEmail,
    status: organisationStatusSchema.parse(o.status),
    statusReason: o.statusReason,
    createdAt: o.createdAt.toISOString(),
  };
}

export const directoryEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: organisationTypeSchema,
  regionName: z.string().nullable(),
});
export const presentDirectoryEntry = (o: OrganisationRow) => ({
  id: o.id,
  name: o.name,
  type: organisationTypeSchema.parse(o.type),
  regionName: o.regionCode ? regionDisplayName(o.regionCode) : null,
});

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  status: membershipStatusSchema,
  roles: z.array(roleSchema),
  createdAt: z.string(),
});
export const presentMember = (u: UserRow, roles: Role[]): z.infer<typeof memberSchema> => ({
  userId: u.id,
  name: u.name,
  email: u.email,
  status: membershipStatusSchema.parse(u.status),
  roles,
  createdAt: u.createdAt.toISOString(),
});
