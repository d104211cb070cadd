import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from './config';
import type { Database } from './db/database';
import { createRepositories, createTransactionRunner } from './db/repositories';
import { createApplicationService } from './modules/applications/application.service';
import { checkEligibility } from './modules/applications/application-eligibility';
import { createAttachmentService } from './modules/applications/attachment.service';
import { createLocalStorage } from './modules/attachments/local-storage';
import { createClamdScanner, createNoScanner } from './modules/attachments/malware-scanner';
import { createS3Storage } from './modules/attachments/s3-storage';
import type { FileStorage } from './modules/attachments/storage';
import { createAuthService } from './modules/auth/auth.service';
import { createOidcService } from './modules/auth/oidc.service';
import { createOidcStateRepository } from './modules/auth/oidc-state.repository';
import { createSessionService } from './modules/auth/session.service';
import { createCatalogueService } from './modules/catalogue/catalogue.service';
import { createFormalReviewService } from './modules/formal-review/formal-review.service';
import { createMailer } from './modules/mail/mailer';
import { createNotificationService } from './modules/notifications/notification.service';
import { createReminderService } from './modules/notifications/reminder.service';
import { createOfficeDashboardService } from './modules/office-dashboard/office-dashboard.service';
import { createOrganisationService } from './modules/organisations/organisation.service';
import { createRecommendationService } from './modules/recommendations/recommendation.service';
import { createRecommendationBatchService } from './modules/recommendations/recommendation-batch.service';
import { type Clock, systemClock } from './shared/clock';

/** The one place where the application is wired: repositories, adapters and services, explicitly. */
export function createDeps(
  config: Config,
  database: Database,
  options: { clock?: Clock; log?: (msg: string) => void; storage?: FileStorage } = {},
) {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((msg: string) => console.warn(msg));
  const repos = createRepositories(database.db);
  const transaction = createTransactionRunner(database.db);
  const mailer = createMailer({
    outbox: repos.outbox,
    smtpUrl: config.mail.smtpUrl,
    from: config.mail.from,
    log,
  });
  const sessions = createSessionService({
    sessions: repos.sessions,
    users: repos.users,
    organisations: repos.organisations,
    clock,
    ttlMs: config.sessionTtlMs,
  });
  const auth = createAuthService({
    users: repos.users,
    organisations: repos.organisations,
    loginFailures: repos.loginFailures,
    passwordResets: repos.passwordResets,
    audit: repos.audit,
    sessions,
    mailer,
    transaction,
    clock,
    publicUrl: config.publicUrl,
    login: config.login,
  });
  const organisations = createOrganisationService({
    organisations: repos.organisations,
    users: repos.users,
    audit: repos.audit,
    mailer,
    clock,
  });
  const catalogue = createCatalogueService({ transaction });
  const formalReview = createFormalReviewService({ transaction, clock, checkEligibility });
  const applications = createApplicationService({ transaction, clock, checkEligibility, formalReview });
  const storage =
    options.storage ??
    (config.storage.kind === 's3'
      ? createS3Storage(config.storage)
      : createLocalStorage(join(config.dataDir === 'memory://' ? tmpdir() : config.dataDir, 'files')));
  const scanner = config.clamd
    ? createClamdScanner(config.clamd.address, config.clamd.timeoutMs)
    : createNoScanner();
  const attachments = createAttachmentService({
    transaction,
    repos,
    storage,
    scanner,
    clock,
    maxBytes: config.uploads.maxBytes,
  });
  const recommendations = createRecommendationService({ transaction, clock });
  const recommendationBatches = createRecommendationBatchService({ repos, transaction, storage, clock });
  const officeDashboard = createOfficeDashboardService({ dashboard: repos.officeDashboard, clock });
  const notifications = createNotificationService({
    repos,
    transaction,
    clock,
    mailerFor: (outbox) =>
      createMailer({ outbox, smtpUrl: config.mail.smtpUrl, from: config.mail.from, log }),
    publicUrl: config.publicUrl,
  });
  const reminders = createReminderService({ repos, clock });
  const oidc = config.oidc
    ? createOidcService({
        config: config.oidc,
        publicUrl: config.publicUrl,
        states: createOidcStateRepository(database.db),
        users: repos.users,
        sessions,
        audit: repos.audit,
        clock,
      })
    : null;
  return {
    config,
    database,
    clock,
    repos,
    transaction,
    mailer,
    services: {
      sessions,
      auth,
      organisations,
      oidc,
      catalogue,
      applications,
      attachments,
      recommendations,
      recommendationBatches,
      formalReview,
      officeDashboard,
      notifications,
      reminders,
    },
  };
}
export type Deps = ReturnType<typeof createDeps>;
