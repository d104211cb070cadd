import type { Role } from '../shared/api/api-types';

export { paths } from '../shared/routes/paths';

/** Which roles may open which pages; the router and the side menu both read this. */
export const roleAccess = {
  members: ['orgAdmin'],
  verification: ['recommender', 'sysAdmin'],
  admin: ['sysAdmin'],
  catalogueAuthoring: ['programmeOfficer', 'sysAdmin'],
  applications: ['applicant'],
  organisationApplications: ['orgAdmin'],
  recommendations: ['recommender'],
  officeDashboard: ['programmeOfficer', 'sysAdmin'],
  formalReview: ['programmeOfficer'],
} as const satisfies Record<string, readonly Role[]>;

/** The dev outbox exists only while the server is not in production; the menu hides it in production builds. */
export const showDevTools = !import.meta.env.PROD;
