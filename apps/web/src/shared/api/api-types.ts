/** Shapes of the HTTP API (see the API contract); the web app never imports server code. */

export const roles = [
  'applicant',
  'orgAdmin',
  'recommender',
  'programmeOfficer',
  'expert',
  'sysAdmin',
] as const;
export type Role = (typeof roles)[number];

export const organisationTypes = [
  'enterprise',
  'university',
  'researchInstitute',
  'medicalInstitution',
  'newRdInstitution',
  'governmentBody',
  'industryAssociation',
  'foreignOrganisation',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export type Locale = 'zh-CN' | 'en-US';
export type UserStatus = 'pending' | 'active' | 'rejected' | 'disabled';
export type OrganisationStatus = 'pending' | 'verified' | 'rejected';

export interface MeOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  status: OrganisationStatus;
  regionCode: string | null;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  locale: Locale;
  status: UserStatus;
  roles: Role[];
  organisation: MeOrganisation | null;
}

export interface SessionResponse {
  user: Me | null;
  csrfToken: string | null;
}

export interface OrganisationView {
  id: string;
  name: string;
  type: OrganisationType;
  uscc: string | null;
  country: string | null;
  regionCode: string | null;
  regionName: string | null;
  address: string | null;
  website: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  status: OrganisationStatus;
  statusReason: string | null;
  createdAt: string;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  status: UserStatus;
  roles: Role[];
  createdAt: string;
}

export interface ItemsResponse<T> {
  items: T[];
}
