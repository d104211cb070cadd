import { z } from 'zod';
import { applicantTypeSchema } from '../organisation/organisation-type';

/**
 * Where a value comes from: the exact words of the source document (a substring of it, modulo
 * white space) and a human-readable location such as "附件 一（一）1" or "二、（三）".
 * `interpretation` records how an ambiguous or defective clause is read, and why.
 */
export const sourceRefSchema = z.object({
  quote: z.string().min(1),
  location: z.string().min(1),
  interpretation: z.string().optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const severitySchema = z.enum(['blocking', 'warning', 'manual']);
export type Severity = z.infer<typeof severitySchema>;

/** A share is a fraction in [0, 1]: 20% is 0.2. */
const share = z.number().min(0).max(1);
const wan = z.number().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const countyClassSchema = z.enum(['mountainCounty', 'islandCounty']);

/** Self-funding rule: applies when all of its conditions hold; the most specific matching rule wins. */
const selfFundingRule = z.object({
  leadTypes: z.array(applicantTypeSchema).optional(),
  countyClasses: z.array(countyClassSchema).optional(),
  sectors: z.array(z.enum(['agriculture'])).optional(),
  /** self-funding / total budget at least this share (企业牵头不低于80%). */
  minShareOfTotal: share.optional(),
  /** self-funding at least this multiple of the public funding (不低于省级财政补助经费 = 1). */
  minMultipleOfPublic: z.number().nonnegative().optional(),
  /** whether the lead must be joined by an enterprise for this rule (高校院所牵头联合企业). */
  requiresEnterprisePartner: z.boolean().optional(),
});

const quotaScope = z.enum([
  'recommender',
  'university',
  'institute',
  'carrier',
  'centre',
  'organisation',
  'incentiveCity',
  'incentiveCounty',
]);

/**
 * Every constraint a call or a guide node places on an application, as a kind with typed parameters.
 * The eligibility engine evaluates these; a rule no kind covers is kept as `manual` (a person checks it)
 * or written as an `expression`.
 */
export const requirementBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fundingCap'), params: z.object({ maxWan: wan }) }),
  z.object({
    kind: z.literal('fundingRange'),
    params: z.object({ minWan: wan.optional(), maxWan: wan.optional() }),
  }),
  z.object({
    kind: z.literal('fundingShareOfRdInvestment'),
    params: z.object({ maxShare: share, appliesToLeadTypes: z.array(applicantTypeSchema).optional() }),
  }),
  z.object({
    kind: z.literal('selfFundingRatio'),
    params: z.object({ rules: z.array(selfFundingRule).min(1) }),
  }),
  z.object({ kind: z.literal('aidTransferShare'), params: z.object({ maxShareOfPublic: share }) }),
  z.object({
    kind: z.literal('duration'),
    params: z.object({
      minYears: z.number().positive().optional(),
      maxYears: z.number().positive().optional(),
      exactYears: z.number().positive().optional(),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
    }),
  }),
  z.object({
    kind: z.literal('leadType'),
    params: z.object({
      allowed: z.array(applicantTypeSchema).min(1),
      inProvince: z.string().optional(),
      independentLegalPerson: z.boolean().optional(),
      excludeGovernment: z.boolean().optional(),
      mustBeCarrierHost: z.boolean().optional(),
    }),
  }),
  z.object({
    kind: z.literal('bilateralSubmission'),
    params: z.object({ bilateral: z.boolean(), foreignReferenceRequired: z.boolean().optional() }),
  }),
  z.object({
    kind: z.literal('requiredAttachment'),
    params: z.object({
      attachment: z.string().min(1),
      perOrganisation: z.boolean().optional(),
      perKeyPerson: z.boolean().optional(),
    }),
  }),
  z.object({
    kind: z.literal('piOnSiteDays'),
    params: z.object({ minDaysPerYear: z.number().int().positive() }),
  }),
  z.object({
    kind: z.literal('consortium'),
    params: z.object({
      minChineseUnits: z.number().int().optional(),
      minForeignUnits: z.number().int().optional(),
      minUnaffiliatedChineseUnits: z.number().int().optional(),
      minSubTopics: z.number().int().optional(),
      maxSubTopics: z.number().int().optional(),
      maxChineseUnitsPerSubTopic: z.number().int().optional(),
      maxChineseUnitsTotal: z.number().int().optional(),
      maxParticipants: z.number().int().optional(),
    }),
  }),
  z.object({ kind: z.literal('trlMax'), params: z.object({ max: z.number().int().min(1).max(9) }) }),
  z.object({
    kind: z.literal('agreementSignedBefore'),
    params: z.object({ agreement: z.string(), before: isoDate }),
  }),
  z.object({
    kind: z.literal('foreignPartnerRegisteredYears'),
    params: z.object({ minYears: z.number().positive() }),
  }),
  z.object({
    kind: z.literal('matchingFundsMin'),
    params: z.object({ minMultipleOfPublic: z.number().nonnegative() }),
  }),
  z.object({
    kind: z.literal('projectNamePattern'),
    params: z.object({ pattern: z.string(), description: z.string() }),
  }),
  z.object({
    kind: z.literal('piRetirement'),
    params: z.object({
      academicianAge: z.number().int().optional(),
      commitmentAttachment: z.string().optional(),
    }),
  }),
  z.object({
    kind: z.literal('piConcurrentProjects'),
    params: z.object({
      noOngoingProgrammes: z.array(z.string()).optional(),
      noSameYearAwardsOf: z.array(z.string()).optional(),
      maxApplicationsPerPi: z.number().int().optional(),
    }),
  }),
  z.object({ kind: z.literal('onePerAgreement'), params: z.object({ agreement: z.string() }) }),
  z.object({ kind: z.literal('singleRecommender'), params: z.object({}) }),
  z.object({
    kind: z.literal('quota'),
    params: z.object({
      scope: quotaScope,
      limit: z.number().int().nonnegative().nullable(),
      moneyCapWan: wan.optional(),
      holder: z.string().optional(),
      combinedWith: z.array(z.string()).optional(),
    }),
  }),
  z.object({ kind: z.literal('expression'), params: z.object({ expression: z.string().min(1) }) }),
  z.object({ kind: z.literal('manual'), params: z.object({ text: z.string().min(1) }) }),
]);

export const requirementSchema = z.intersection(
  requirementBodySchema,
  z.object({
    id: z.string().optional(),
    severity: severitySchema.default('blocking'),
    message: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).partial().optional(),
    quote: z.string().min(1),
    location: z.string().min(1),
    interpretation: z.string().optional(),
  }),
);
export type Requirement = z.infer<typeof requirementSchema>;
export type RequirementKind = Requirement['kind'];
export const requirementKinds = requirementBodySchema.options.map((o) => o.shape.kind.value);
