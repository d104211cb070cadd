import { z } from 'zod';
import { organisationTypeSchema } from '../organisation/organisation-type';

/**
 * What an applicant writes in an application (申报书). Everything is optional while it is a draft — the
 * eligibility report says what is missing — but every value has a type and a bound, so that nothing
 * malformed is ever stored. Money in 万元.
 */
const text = (max: number) => z.string().max(max);
const money = z.number().min(0).max(1_000_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const participantSchema = z.object({
  id: text(60),
  name: text(200),
  nameEn: text(200).optional(),
  type: organisationTypeSchema.optional(),
  /** ISO 3166-1 alpha-2; CN for domestic units */
  country: text(2).optional(),
  uscc: text(18).optional(),
  regionCode: text(6).optional(),
  role: z.enum(['participant', 'foreignPartner']).default('participant'),
  task: text(2000).optional(),
  /** units under the same parent share a group; "unaffiliated" units have different groups */
  affiliationGroup: text(100).optional(),
  registeredYears: z.number().min(0).max(500).optional(),
  publicFundingShareWan: money.optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const personSchema = z.object({
  id: text(60),
  name: text(100),
  organisationId: text(60).optional(),
  title: text(100).optional(),
  birthDate: isoDate.optional(),
  sex: z.enum(['male', 'female']).optional(),
  isAcademician: z.boolean().optional(),
  email: text(200).optional(),
  phone: text(40).optional(),
  role: text(200).optional(),
  onSiteDaysPerYear: z.number().int().min(0).max(366).optional(),
  /** programmes in which this person leads a project that is still running */
  ongoingLeadProgrammes: z.array(text(100)).max(20).optional(),
  /** programmes in which this person was awarded a project this year */
  sameYearAwardProgrammes: z.array(text(100)).max(20).optional(),
});
export type Person = z.infer<typeof personSchema>;

export const subTopicSchema = z.object({
  id: text(60),
  name: text(300),
  leaderPersonId: text(60).optional(),
  unitIds: z.array(text(60)).max(30).default([]),
});

export const kpiEntrySchema = z.object({
  level1: text(100).optional(),
  level2: text(100).optional(),
  text: text(500),
  target: z.number().optional(),
  unit: text(20).optional(),
});

export const budgetSchema = z.object({
  publicFundingWan: money.optional(),
  selfFundingWan: money.optional(),
  matchingFundsWan: money.optional(),
  /** the lead enterprise's actual R&D investment in the last year (企业上年度实际研发投入) */
  rdInvestmentWan: money.optional(),
  /** public funding passed on to the aid-location partner */
  aidTransferWan: money.optional(),
  indirectCostsWan: money.optional(),
});

/** The free-text sections with their length limits, counted as Chinese users count characters. */
export const contentSectionLimits = {
  summary: 800,
  background: 3000,
  objectives: 2000,
  researchContent: 6000,
  cooperationBasis: 3000,
  foreignPartnerStrengths: 2000,
  implementationPlan: 3000,
  expectedOutcomes: 2000,
  riskAnalysis: 1500,
} as const;
export type ContentSection = keyof typeof contentSectionLimits;

export const applicationContentSchema = z.object({
  basics: z
    .object({
      title: text(200).optional(),
      titleEn: text(300).optional(),
      keywords: z.array(text(40)).max(10).optional(),
      startDate: isoDate.optional(),
      endDate: isoDate.optional(),
      trl: z.number().int().min(1).max(9).optional(),
      foreignApplicationReference: text(200).optional(),
      carrierName: text(200).optional(),
    })
    .default({}),
  participants: z.array(participantSchema).max(40).default([]),
  principalInvestigator: personSchema.partial({ id: true, name: true }).default({}),
  team: z.array(personSchema).max(60).default([]),
  subTopics: z.array(subTopicSchema).max(10).default([]),
  sections: z
    .object(
      Object.fromEntries(Object.keys(contentSectionLimits).map((k) => [k, text(20_000).optional()])) as {
        [K in ContentSection]: z.ZodOptional<z.ZodString>;
      },
    )
    .default({}),
  kpis: z.array(kpiEntrySchema).max(60).default([]),
  budget: budgetSchema.default({}),
  schedule: z
    .array(z.object({ from: isoDate.optional(), to: isoDate.optional(), task: text(1000) }))
    .max(30)
    .default([]),
});
export type ApplicationContent = z.infer<typeof applicationContentSchema>;
export type ApplicationContentInput = z.input<typeof applicationContentSchema>;
