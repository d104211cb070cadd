import { createApplicationRepository } from '../modules/applications/application.repository';
import { createAuditRepository } from '../modules/audit/audit.repository';
import { createLoginFailureRepository } from '../modules/auth/login-failure.repository';
import { createPasswordResetRepository } from '../modules/auth/password-reset.repository';
import { createSessionRepository } from '../modules/auth/session.repository';
import { createCatalogueRepository } from '../modules/catalogue/catalogue.repository';
import { createFormalReviewRepository } from '../modules/formal-review/formal-review.repository';
import { createOutboxRepository } from '../modules/mail/mailer';
import { createNotificationRepository } from '../modules/notifications/notification.repository';
import { createNotificationAudienceRepository } from '../modules/notifications/notification-audience.repository';
import { createOfficeDashboardRepository } from '../modules/office-dashboard/office-dashboard.repository';
import { createOrganisationRepository } from '../modules/organisations/organisation.repository';
import { createRecommendationRepository } from '../modules/recommendations/recommendation.repository';
import { createUserRepository } from '../modules/users/user.repository';
import type { Db } from './database';

/** Every repository, bound to one database handle (the pool, or a transaction). */
export function createRepositories(db: Db) {
  return {
    users: createUserRepository(db),
    organisations: createOrganisationRepository(db),
    sessions: createSessionRepository(db),
    loginFailures: createLoginFailureRepository(db),
    passwordResets: createPasswordResetRepository(db),
    audit: createAuditRepository(db),
    outbox: createOutboxRepository(db),
    catalogue: createCatalogueRepository(db),
    applications: createApplicationRepository(db),
    recommendations: createRecommendationRepository(db),
    formalReviews: createFormalReviewRepository(db),
    notifications: createNotificationRepository(db),
    notificationAudiences: createNotificationAudienceRepository(db),
    officeDashboard: createOfficeDashboardRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

/** Runs `work` in one transaction, with repositories bound to it. */
export type TransactionRunner = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;
export function createTransactionRunner(db: Db): TransactionRunner {
  return (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Db)));
}
