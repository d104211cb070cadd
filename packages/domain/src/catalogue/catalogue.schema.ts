import { z } from 'zod';
import { applicantTypeSchema } from '../organisation/organisation-type';
import { requirementSchema, sourceRefSchema } from './requirement.schema';

/** An instant in Asia/Shanghai local time, written with its offset: 2024-09-20T17:30:00+08:00. */
export const shanghaiDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+08:00$/, 'expected YYYY-MM-DDTHH:mm[:ss]+08:00');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * The partner side's deadline. `date` when the text gives one (interpreted to an instant), otherwise an
 * explicit state: "外方截止时间待定" is `toBeDecided`, "待双方商定" is `toBeAgreed`.
 */
export const foreignDeadlineSchema = z.object({
  status: z.enum(['date', 'toBeDecided', 'toBeAgreed', 'notApplicable']),
  date: shanghaiDateTimeSchema.optional(),
  /** the original words, e.g. "2023 年 8 月底" */
  text: z.string(),
});

export const kpiSchema = z.object({
  text: z.string().min(1),
  min: z.number().nullable().default(null),
  unit: z.string().nullable().default(null),
  /** the three-level table of 004: 一级 / 二级 / 三级 indicators */
  level1: z.string().optional(),
  level2: z.string().optional(),
});

export const attachmentSpecSchema = z.object({
  code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'camelCase code'),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  required: z.boolean().default(true),
  note: z.string().optional(),
});

export const countryOrRegionSchema = z.object({
  /** ISO 3166-1 alpha-2 where one exists (FI, IL, GB ...); sub-national partners keep the country code. */
  code: z.string().optional(),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  subRegions: z.array(z.string()).default([]),
});

export const nodeKindSchema = z.enum(['category', 'subcategory', 'direction', 'group', 'theme']);

const nodeFields = {
  code: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  kind: nodeKindSchema,
  countryOrRegion: countryOrRegionSchema.optional(),
  priorityFields: z.array(z.string()).default([]),
  researchContent: z.string().optional(),
  performanceGoal: z.string().optional(),
  kpis: z.array(kpiSchema).default([]),
  applicantTypes: z.array(applicantTypeSchema).default([]),
  leadRequirement: z.string().optional(),
  organisationMode: z.enum(['competitive', 'commissioned']).optional(),
  fundingCapWan: z.number().nonnegative().optional(),
  fundingRangeWan: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
  durationYears: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
  bilateral: z.boolean().optional(),
  foreignAgency: z.string().optional(),
  foreignAgencyEn: z.string().optional(),
  foreignUrl: z.string().optional(),
  foreignDeadline: foreignDeadlineSchema.optional(),
  plannedProjects: z.number().int().nonnegative().optional(),
  plannedBudgetWan: z.number().nonnegative().optional(),
  requiredAttachments: z.array(attachmentSpecSchema).default([]),
  requirements: z.array(requirementSchema).default([]),
  specialRules: z.array(z.string()).default([]),
  /** field name → the clause it was read from */
  sources: z.record(z.string(), sourceRefSchema).default({}),
};

export type GuideNode = z.output<z.ZodObject<typeof nodeFields>> & { children: GuideNode[] };
export type GuideNodeInput = z.input<z.ZodObject<typeof nodeFields>> & { children?: GuideNodeInput[] };

export const guideNodeSchema: z.ZodType<GuideNode, GuideNodeInput> = z.lazy(() =>
  z.object({ ...nodeFields, children: z.array(guideNodeSchema).default([]) }),
);

export const formFieldSchema: z.ZodType<FormField, FormFieldInput> = z.lazy(() =>
  z.object({
    key: z.string().min(1),
    label: z.string().min(1),
    labelEn: z.string().optional(),
    type: z.enum([
      'text',
      'textarea',
      'number',
      'money',
      'date',
      'select',
      'multiselect',
      'checkbox',
      'email',
      'phone',
      'url',
      'file',
      'table',
    ]),
    options: z.array(z.string()).default([]),
    required: z.boolean().default(false),
    maxLength: z.number().int().positive().optional(),
    unit: z.string().optional(),
    help: z.string().optional(),
    /** for `table` fields: the columns of each row */
    columns: z.array(formFieldSchema).default([]),
  }),
);
export type FormField = {
  key: string;
  label: string;
  labelEn?: string | undefined;
  type:
    | 'text'
    | 'textarea'
    | 'number'
    | 'money'
    | 'date'
    | 'select'
    | 'multiselect'
    | 'checkbox'
    | 'email'
    | 'phone'
    | 'url'
    | 'file'
    | 'table';
  options: string[];
  required: boolean;
  maxLength?: number | undefined;
  unit?: string | undefined;
  help?: string | undefined;
  columns: FormField[];
};
export type FormFieldInput = Omit<Partial<FormField>, 'columns' | 'key' | 'label' | 'type'> &
  Pick<FormField, 'key' | 'label' | 'type'> & { columns?: FormFieldInput[] };

export const formSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** bilingual forms (the partner-search form) carry both languages in their labels */
  bilingual: z.boolean().default(false),
  fields: z.array(formFieldSchema).min(1),
  source: sourceRefSchema.optional(),
});

export const quotaSchema = z.object({
  scope: z.enum([
    'recommender',
    'university',
    'institute',
    'carrier',
    'centre',
    'organisation',
    'incentiveCity',
    'incentiveCounty',
    'none',
  ]),
  /** who holds it: 杭州市, 浙江大学（附属医院）, "each provincial university" ... */
  holder: z.string(),
  /** null = no numeric limit stated (e.g. "可登录申报系统查询") */
  limit: z.number().int().nonnegative().nullable(),
  moneyCapWan: z.number().nonnegative().optional(),
  /** node codes the quota counts; empty = the whole call */
  appliesTo: z.array(z.string()).default([]),
  /** counted together across these node codes (推荐限额合并计算) */
  combined: z.boolean().default(false),
  /** 不纳入推荐限额 / 不计入限额申报数 */
  excludedFromQuota: z.boolean().default(false),
  quote: z.string().min(1),
  location: z.string().min(1),
  interpretation: z.string().optional(),
});

export const contactSchema = z.object({
  name: z.string().optional(),
  role: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
});

export type SupportChannel = { code: string; name: string; children: SupportChannel[] };
export const supportChannelSchema: z.ZodType<
  SupportChannel,
  { code: string; name: string; children?: unknown[] }
> = z.lazy(() =>
  z.object({
    code: z.string().min(1),
    name: z.string().min(1),
    children: z.array(supportChannelSchema).default([]),
  }),
);

export const callSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
  programme: z.object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string().optional(),
    authority: z.string(),
  }),
  title: z.string().min(1),
  titleEn: z.string().optional(),
  year: z.number().int(),
  issuer: z.string().min(1),
  issueDate: isoDateSchema.nullable(),
  documentNumber: z.string().nullable().default(null),
  kind: z.enum(['call', 'preparatoryNotice', 'needsCollection', 'guide']).default('call'),
  /** the id of the call whose document embeds this one (004 embeds the central-fund notice) */
  embeddedIn: z.string().optional(),
  submissionWindow: z.object({
    start: shanghaiDateTimeSchema.nullable(),
    end: shanghaiDateTimeSchema.nullable(),
  }),
  recommendationDeadline: shanghaiDateTimeSchema.nullable(),
  contacts: z.array(contactSchema).default([]),
  processSteps: z.array(z.string()).default([]),
  /** how projects are supported (立项支持方式), as a tree of channels */
  supportChannels: z.array(supportChannelSchema).default([]),
  specialRules: z.array(z.string()).default([]),
  sourceDocument: z.string().min(1),
  status: z.enum(['draft', 'published', 'withdrawn']).default('published'),
  summary: z.string().optional(),
  quotas: z.array(quotaSchema).default([]),
  forms: z.array(formSchema).default([]),
  requirements: z.array(requirementSchema).default([]),
  requiredAttachments: z.array(attachmentSpecSchema).default([]),
  nodes: z.array(guideNodeSchema).default([]),
  sources: z.record(z.string(), sourceRefSchema).default({}),
  /** every place where the text is ambiguous or wrong, with the reading chosen and why */
  interpretations: z
    .array(z.object({ field: z.string(), quote: z.string(), interpretation: z.string(), reason: z.string() }))
    .default([]),
});
export type Call = z.output<typeof callSchema>;
export type CallInput = z.input<typeof callSchema>;

/** One catalogue file: the calls read from one source document. */
export const catalogueFileSchema = z.object({
  sourceDocument: z.string().min(1),
  version: z.number().int().positive(),
  calls: z.array(callSchema).min(1),
});
export type CatalogueFile = z.output<typeof catalogueFileSchema>;
