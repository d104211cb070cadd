import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    uscc: text('uscc'),
    country: text('country'),
    regionCode: text('region_code'),
    address: text('address'),
    website: text('website'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** for recommending bodies: the name the calls' quota tables use for them (丽水市, 国资委 …) */
    quotaHolder: text('quota_holder'),
    status: text('status').notNull().default('pending'),
    statusReason: text('status_reason'),
    verifiedBy: uuid('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organisations_uscc_key').on(t.uscc),
    index('organisations_region_idx').on(t.regionCode),
    index('organisations_status_idx').on(t.status),
  ],
);

/** What a recommending body answers for: whole regions, or named organisations (sector bodies). */
export const jurisdictions = pgTable(
  'jurisdictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recommenderOrganisationId: uuid('recommender_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    regionCode: text('region_code'),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [index('jurisdictions_recommender_idx').on(t.recommenderOrganisationId)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    passwordHash: text('password_hash'),
    name: text('name').notNull(),
    phone: text('phone'),
    locale: text('locale').notNull().default('zh-CN'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    status: text('status').notNull().default('pending'),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    oidcSubject: text('oidc_subject'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_oidc_subject_key').on(t.oidcSubject),
    index('users_organisation_idx').on(t.organisationId),
  ],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Server-side sessions: the id is the SHA-256 of the cookie's token, so a database leak yields no sessions. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ip: text('ip').notNull(),
    email: text('email').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('login_failures_ip_time_idx').on(t.ip, t.createdAt)],
);

export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const oidcStates = pgTable('oidc_states', {
  state: text('state').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  createdAt: createdAt(),
});

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    subject: text('subject'),
    ip: text('ip'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [index('audit_events_created_idx').on(t.createdAt)],
);

/** Every e-mail the platform sends is recorded here; in development this is the outbox page. */
export const mailOutbox = pgTable('mail_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  delivered: boolean('delivered').notNull().default(false),
  error: text('error'),
  createdAt: createdAt(),
});

/** One call of the catalogue: its current content (validated by the domain's callSchema) and version. */
export const catalogueCalls = pgTable(
  'catalogue_calls',
  {
    id: text('id').primaryKey(),
    programmeId: text('programme_id').notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    /** the few fields a list of calls shows, so that lists never read whole guide trees */
    summary: jsonb('summary').notNull(),
    contentHash: text('content_hash').notNull(),
    /** 'file' for calls loaded from catalogue/calls, 'editor' once a programme officer has changed it */
    origin: text('origin').notNull(),
    submissionStart: timestamp('submission_start', { withTimezone: true }),
    submissionEnd: timestamp('submission_end', { withTimezone: true }),
    recommendationDeadline: timestamp('recommendation_deadline', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('catalogue_calls_status_idx').on(t.status)],
);

/** Every version a call has had, for its history and diffs. Append-only. */
export const catalogueCallVersions = pgTable(
  'catalogue_call_versions',
  {
    callId: text('call_id')
      .notNull()
      .references(() => catalogueCalls.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    content: jsonb('content').notNull(),
    contentHash: text('content_hash').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.version] })],
);

/** The directions of the current version of every call, resolved (inherited values filled in) for search. */
export const catalogueDirections = pgTable(
  'catalogue_directions',
  {
    callId: text('call_id')
      .notNull()
      .references(() => catalogueCalls.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    categoryCode: text('category_code').notNull(),
    categoryName: text('category_name').notNull(),
    countryCode: text('country_code'),
    countryName: text('country_name'),
    priorityFields: jsonb('priority_fields').notNull().default(sql`'[]'::jsonb`),
    applicantTypes: jsonb('applicant_types').notNull().default(sql`'[]'::jsonb`),
    organisationMode: text('organisation_mode'),
    fundingCapWan: doublePrecision('funding_cap_wan'),
    bilateral: boolean('bilateral'),
    foreignDeadline: timestamp('foreign_deadline', { withTimezone: true }),
    foreignAgency: text('foreign_agency'),
    searchText: text('search_text').notNull(),
    position: integer('position').notNull(),
    resolved: jsonb('resolved').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.callId, t.code] }),
    index('catalogue_directions_country_idx').on(t.countryCode),
  ],
);

/** An application (申报书) for one direction of one call, led by one organisation. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: text('call_id')
      .notNull()
      .references(() => catalogueCalls.id),
    directionCode: text('direction_code').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    state: text('state').notNull().default('draft'),
    /** increases with every save; a save names the revision it started from (optimistic concurrency) */
    revision: integer('revision').notNull().default(1),
    content: jsonb('content').notNull(),
    title: text('title').notNull().default(''),
    /** public funding requested (万元), copied from the content on every save, for overviews over many rows */
    publicFundingWan: numeric('public_funding_wan', { precision: 14, scale: 2, mode: 'number' }),
    /** how many times it has been submitted; each submission is frozen in application_submissions */
    submissionCount: integer('submission_count').notNull().default(0),
    /** the recommending body that put it forward, and whether on its incentive allotment (单列名额) */
    recommenderOrganisationId: uuid('recommender_organisation_id'),
    recommendedIncentive: boolean('recommended_incentive').notNull().default(false),
    recommendedAt: timestamp('recommended_at', { withTimezone: true }),
    lastSavedBy: uuid('last_saved_by'),
    lastSavedAt: timestamp('last_saved_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    index('applications_organisation_idx').on(t.organisationId),
    index('applications_call_idx').on(t.callId, t.directionCode),
    index('applications_state_idx').on(t.state),
    index('applications_call_state_idx').on(t.callId, t.state),
    index('applications_recommender_idx').on(t.recommenderOrganisationId, t.callId),
  ],
);

export const applicationRevisions = pgTable(
  'application_revisions',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    content: jsonb('content').notNull(),
    savedBy: uuid('saved_by'),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.revision] })],
);

/** Every state change, append-only: who, when, from, to, why. */
export const applicationTransitionsLog = pgTable(
  'application_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    transition: text('transition').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id'),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [index('application_transitions_application_idx').on(t.applicationId)],
);

/** A submitted version, frozen: content, attachment hashes, the eligibility report and the content hash. */
export const applicationSubmissions = pgTable(
  'application_submissions',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    revision: integer('revision').notNull(),
    content: jsonb('content').notNull(),
    attachments: jsonb('attachments').notNull(),
    eligibility: jsonb('eligibility').notNull(),
    contentHash: text('content_hash').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.version] })],
);

export const applicationAttachments = pgTable(
  'application_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** the attachment spec's code (cooperationAgreement, integrityPledge …) */
    code: text('code').notNull(),
    /** for per-organisation or per-person attachments: whom it covers (the lead organisation's id, or a
     * participant's or person's id in the content) */
    scopeKind: text('scope_kind'),
    scopeKey: text('scope_key'),
    /** for agreements: the date it was signed (YYYY-MM-DD), as the uploader states it */
    signedOn: text('signed_on'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    kind: text('kind').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    scanStatus: text('scan_status').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('application_attachments_application_idx').on(t.applicationId)],
);

/**
 * A recommending body's batch for one call: the letter and summary it generated, the stamped scan it uploaded, and
 * when it was sent (only with all three, before the recommendation deadline).
 */
export const recommendationBatches = pgTable(
  'recommendation_batches',
  {
    callId: text('call_id')
      .notNull()
      .references(() => catalogueCalls.id),
    recommenderOrganisationId: uuid('recommender_organisation_id')
      .notNull()
      .references(() => organisations.id),
    letterGeneratedAt: timestamp('letter_generated_at', { withTimezone: true }),
    summaryGeneratedAt: timestamp('summary_generated_at', { withTimezone: true }),
    scanFileName: text('scan_file_name'),
    scanStorageKey: text('scan_storage_key'),
    scanSha256: text('scan_sha256'),
    scanContentType: text('scan_content_type'),
    scanUploadedAt: timestamp('scan_uploaded_at', { withTimezone: true }),
    /** the applications (ids and content hashes) the batch puts forward, frozen when sent */
    applications: jsonb('applications'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentBy: uuid('sent_by'),
  },
  (t) => [primaryKey({ columns: [t.callId, t.recommenderOrganisationId] })],
);

/**
 * The programme office's formal review (形式审查) of one application: the automatic checks run on the frozen
 * submission, the manual checklist, and the outcome; a return for correction carries its deadline.
 */
export const formalReviews = pgTable('formal_reviews', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  /** the submission version (application_submissions.version) the review looks at */
  submissionVersion: integer('submission_version').notNull(),
  automaticChecks: jsonb('automatic_checks').notNull(),
  /** manual checklist: item code -> { ok: boolean | null, note } */
  checklist: jsonb('checklist').notNull().default(sql`'{}'::jsonb`),
  reviewerUserId: uuid('reviewer_user_id'),
  outcome: text('outcome'),
  correctionDueAt: timestamp('correction_due_at', { withTimezone: true }),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  updatedAt: updatedAt(),
});

/**
 * The in-app inbox: one row per person and event, rendered in the reader's language when read. A dedupe key
 * (unique) makes scheduled reminders happen once however many server processes run them.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default(sql`'{}'::jsonb`),
    applicationId: uuid('application_id'),
    callId: text('call_id'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** its e-mail is still to be delivered (cleared in the transaction that records the mail) */
    mailPending: boolean('mail_pending').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
    index('notifications_mail_pending_idx').on(t.id).where(sql`${t.mailPending}`),
  ],
);
