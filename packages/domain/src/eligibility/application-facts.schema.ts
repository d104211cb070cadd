import { z } from 'zod';
import { countyClassSchema } from '../catalogue/requirement.schema';
import { organisationTypeSchema } from '../organisation/organisation-type';

/**
 * The facts the eligibility engine evaluates. Every part is optional: a fact that is absent is
 * *unknown* (the rule that needs it comes out `unknown`), never false. `null` is used where
 * "known to be none" differs from "not known" (a lead that hosts no carrier, a unit in no group).
 * Money is in 万元, dates are `YYYY-MM-DD` (Asia/Shanghai calendar days).
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const wan = z.number().nonnegative();

/** A participating organisation, Chinese or foreign. */
export const organisationFactsSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  type: organisationTypeSchema.optional(),
  /** ISO 3166-1 alpha-2 country of registration (foreign partners). */
  countryCode: z.string().optional(),
  /** Units sharing a group are affiliated (隶属关系, same parent); null = belongs to no group. */
  affiliationGroup: z.string().nullable().optional(),
  yearsSinceRegistration: z.number().nonnegative().optional(),
  registeredOn: isoDate.optional(),
  /** the public funding this unit receives and the matching funds it adds (配套出资) */
  publicFundingWan: wan.optional(),
  matchingFundsWan: wan.optional(),
});
export type OrganisationFacts = z.infer<typeof organisationFactsSchema>;

/** The lead organisation (申报单位 / 牵头单位). */
export const leadFactsSchema = organisationFactsSchema.extend({
  /** registered in 浙江省; used when `regionCode` does not settle it */
  isInProvince: z.boolean().optional(),
  /** GB/T 2260 code of the county (or city) of registration, e.g. 331181 龙泉市 */
  regionCode: z
    .string()
    .regex(/^\d{6}$/, 'six-digit region code')
    .optional(),
  /** when absent, derived from `regionCode` with `countyClassesOf` */
  countyClasses: z.array(countyClassSchema).optional(),
  isIndependentLegalPerson: z.boolean().optional(),
  isGovernmentBody: z.boolean().optional(),
  /** 农业类企业 */
  isAgricultural: z.boolean().optional(),
  /** the accredited cooperation platform (国合载体) it hosts; null = hosts none */
  carrier: z
    .object({
      id: z.string().optional(),
      name: z.string().optional(),
      kind: z.string().optional(),
      /** applications the carrier already has in this call, this one not counted */
      otherApplicationsThisCall: z.number().int().nonnegative().optional(),
    })
    .nullable()
    .optional(),
});
export type LeadFacts = z.infer<typeof leadFactsSchema>;

export const programmeLevelSchema = z.enum(['national', 'provincial', 'city', 'county']);
/** A project of a programme (catalogue programme id, e.g. `central-guidance-fund`, `zj-jianbing-lingyan`). */
const programmeProjectSchema = z.object({
  programme: z.string().min(1),
  level: programmeLevelSchema.optional(),
  title: z.string().optional(),
});
export type ProgrammeProject = z.infer<typeof programmeProjectSchema>;

export const personFactsSchema = z.object({ id: z.string().optional(), name: z.string().optional() });

/** The principal investigator (项目负责人). */
export const piFactsSchema = personFactsSchema.extend({
  birthDate: isoDate.optional(),
  sex: z.enum(['male', 'female']).optional(),
  /** statutory retirement age when known (e.g. from HR); otherwise approximated from birth date and sex */
  retirementAge: z.number().int().positive().optional(),
  isAcademician: z.boolean().optional(),
  /** planned days a year at the aid location (the lowest year of the implementation period) */
  onSiteDaysPerYear: z.number().nonnegative().optional(),
  /** ongoing projects this person leads */
  ongoingProjects: z.array(programmeProjectSchema).optional(),
  /** projects this person leads that were awarded in the call's year */
  sameYearAwards: z.array(programmeProjectSchema).optional(),
  otherApplicationsThisCall: z.number().int().nonnegative().optional(),
});
export type PiFacts = z.infer<typeof piFactsSchema>;

/** An uploaded attachment. Per-organisation / per-person documents name whom they cover. */
export const attachmentFactsSchema = z.object({
  code: z.string().min(1),
  organisationId: z.string().optional(),
  personId: z.string().optional(),
  /** for agreements: the signing date */
  signedOn: isoDate.optional(),
  /** for agreements: other applications this document already supports (ids) */
  supportsOtherApplications: z.array(z.string()).optional(),
});
export type AttachmentFacts = z.infer<typeof attachmentFactsSchema>;

export const subTopicFactsSchema = z.object({
  name: z.string().optional(),
  chineseUnitIds: z.array(z.string()).optional(),
  foreignUnitIds: z.array(z.string()).optional(),
  /** sub-topic leaders (课题负责人), by person id or name */
  leaders: z.array(z.string()).optional(),
});

/** The project as drafted: the CEL variable `application`. */
export const projectFactsSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  /** public funding requested (申请财政补助经费) */
  requestedFundingWan: wan.optional(),
  selfFundingWan: wan.optional(),
  /** when absent: requested public funding + self-funding */
  totalBudgetWan: wan.optional(),
  matchingFundsWan: wan.optional(),
  /** the enterprise's actual R&D investment in the project (企业实际投入研发经费) */
  enterpriseRdInvestmentWan: wan.optional(),
  /** public funding passed on to the partner at the aid location (拨付至帮扶地合作方) */
  aidTransferWan: wan.optional(),
  indirectCostsWan: wan.optional(),
  durationYears: z.number().positive().optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  trl: z.number().int().min(1).max(9).optional(),
  subTopics: z.array(subTopicFactsSchema).optional(),
  /** the foreign side's application reference (bilateral calls) */
  foreignReference: z.string().optional(),
  /** recommenders the project is submitted through (推荐单位) */
  recommenders: z.array(z.string()).optional(),
  horizonEuropeProject: z
    .object({
      reference: z.string().optional(),
      callYear: z.number().int().optional(),
      chineseBudgetWan: wan.optional(),
    })
    .optional(),
});
export type ProjectFacts = z.infer<typeof projectFactsSchema>;

export const applicationFactsSchema = z.object({
  /** "today": YYYY-MM-DD, or an instant with offset (read as its Asia/Shanghai calendar day) */
  now: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/, 'expected YYYY-MM-DD or an ISO instant')
    .optional(),
  application: projectFactsSchema.optional(),
  lead: leadFactsSchema.optional(),
  participants: z
    .object({
      domestic: z.array(organisationFactsSchema).optional(),
      foreign: z.array(organisationFactsSchema).optional(),
    })
    .optional(),
  pi: piFactsSchema.optional(),
  /** key persons other than the PI (主要参与人) */
  teamMembers: z.array(personFactsSchema).optional(),
  attachments: z.array(attachmentFactsSchema).optional(),
});
export type ApplicationFacts = z.infer<typeof applicationFactsSchema>;

/** What can be known about an organisation before any draft exists: the lead, and today. */
export type OrganisationOnlyFacts = Pick<ApplicationFacts, 'lead' | 'now'>;
