import type { ContentSection } from '@yanzhen/domain';
import type { DocumentLocale } from './document-format';

/**
 * The words of the application PDF and the receipt. The documents are Chinese first: in zh-CN the labels are
 * Chinese and the section titles carry an English gloss; in en-US everything the system writes is English.
 */
const zhCN = {
  applicationDocument: '项目申报书',
  receiptDocument: '申报回执',
  applicationId: '申报编号',
  projectTitle: '项目名称',
  projectTitleEn: '英文名称',
  leadOrganisation: '申报单位',
  call: '申报通知',
  direction: '指南方向',
  principalInvestigator: '项目负责人',
  submissionDate: '申报日期',
  submittedAt: '提交时间',
  notSubmitted: '未提交',
  version: '版本',
  contentHash: '内容哈希（SHA-256）',
  keywords: '关键词',
  period: '实施期限',
  trl: '技术就绪度（TRL）',
  foreignReference: '外方申请编号',
  carrier: '依托国合载体',
  eligibility: '资格自检',
  canSubmit: '可提交',
  cannotSubmit: '不可提交',
  organisationName: '单位名称',
  uscc: '统一社会信用代码',
  region: '所在地区',
  organisationType: '单位类型',
  country: '国家/地区',
  role: '角色',
  task: '承担任务',
  roleParticipant: '参与单位',
  roleForeignPartner: '外方合作单位',
  participants: '合作单位',
  none: '无',
  personName: '姓名',
  personTitle: '职称',
  birthDate: '出生日期',
  sex: '性别',
  male: '男',
  female: '女',
  organisation: '所在单位',
  email: '电子邮箱',
  phone: '联系电话',
  personRole: '项目分工',
  team: '主要参与人员',
  subTopics: '课题设置',
  subTopicName: '课题名称',
  subTopicLeader: '课题负责人',
  subTopicUnits: '承担单位',
  index: '序号',
  overLimit: '超出字数限制',
  kpiLevel1: '一级指标',
  kpiLevel2: '二级指标',
  kpiLevel3: '三级指标',
  kpiTarget: '指标值',
  budgetItem: '科目',
  amountWan: '金额（万元）',
  publicFunding: '申请财政经费',
  selfFunding: '自筹经费',
  matchingFunds: '配套经费',
  rdInvestment: '企业上年度实际研发投入',
  aidTransfer: '转拨帮扶地经费',
  indirectCosts: '间接费用',
  total: '项目总经费（财政 + 自筹 + 配套）',
  measure: '指标',
  ratio: '比例',
  selfFundingShare: '自筹经费占项目总经费比例',
  publicShareOfRd: '财政经费占企业上年度研发投入比例',
  transferShare: '转拨经费占财政经费比例',
  schedulePeriod: '起止时间',
  scheduleTask: '工作内容',
  attachment: '附件名称',
  fileName: '文件名',
  fileSize: '大小',
  attachmentHashes: '附件哈希（SHA-256）',
  hashExplanation:
    '内容哈希是按 SHA-256 算法对所提交申报内容计算出的唯一标识：内容的任何改动都会得到不同的哈希值。' +
    '凭此哈希可以核对纸质件、下载件与系统中保存的提交版本是否完全一致。',
};

export type DocumentLabels = typeof zhCN & {
  characterCount: (count: number, limit: number) => string;
  eligibilityCounts: (blocking: number, warnings: number, unknown: number) => string;
  pageOf: (page: number, pages: number) => string;
  reference: (applicationId: string) => string;
};

const enUS: typeof zhCN = {
  applicationDocument: 'Project application',
  receiptDocument: 'Submission receipt',
  applicationId: 'Application ID',
  projectTitle: 'Project title',
  projectTitleEn: 'English title',
  leadOrganisation: 'Lead organisation',
  call: 'Call',
  direction: 'Guide direction',
  principalInvestigator: 'Principal investigator',
  submissionDate: 'Submission date',
  submittedAt: 'Submitted at',
  notSubmitted: 'Not submitted',
  version: 'Version',
  contentHash: 'Content hash (SHA-256)',
  keywords: 'Keywords',
  period: 'Implementation period',
  trl: 'Technology readiness level',
  foreignReference: 'Foreign application reference',
  carrier: 'Cooperation carrier',
  eligibility: 'Eligibility self-check',
  canSubmit: 'Can be submitted',
  cannotSubmit: 'Cannot be submitted',
  organisationName: 'Organisation',
  uscc: 'Unified social credit code',
  region: 'Region',
  organisationType: 'Type',
  country: 'Country',
  role: 'Role',
  task: 'Task',
  roleParticipant: 'Participant',
  roleForeignPartner: 'Foreign partner',
  participants: 'Partner organisations',
  none: 'None',
  personName: 'Name',
  personTitle: 'Title',
  birthDate: 'Date of birth',
  sex: 'Sex',
  male: 'Male',
  female: 'Female',
  organisation: 'Organisation',
  email: 'Email',
  phone: 'Phone',
  personRole: 'Role in the project',
  team: 'Team members',
  subTopics: 'Sub-topics',
  subTopicName: 'Sub-topic',
  subTopicLeader: 'Leader',
  subTopicUnits: 'Organisations',
  index: 'No.',
  overLimit: 'over the limit',
  kpiLevel1: 'Level 1',
  kpiLevel2: 'Level 2',
  kpiLevel3: 'Indicator',
  kpiTarget: 'Target',
  budgetItem: 'Item',
  amountWan: 'Amount (10,000 yuan)',
  publicFunding: 'Public funding requested',
  selfFunding: 'Self-funding',
  matchingFunds: 'Matching funds',
  rdInvestment: "Lead enterprise's R&D investment last year",
  aidTransfer: 'Transfers to the aid location',
  indirectCosts: 'Indirect costs',
  total: 'Total (public + self + matching)',
  measure: 'Measure',
  ratio: 'Ratio',
  selfFundingShare: 'Self-funding as a share of the total',
  publicShareOfRd: 'Public funding as a share of R&D investment',
  transferShare: 'Transfers as a share of public funding',
  schedulePeriod: 'Period',
  scheduleTask: 'Work',
  attachment: 'Attachment',
  fileName: 'File name',
  fileSize: 'Size',
  attachmentHashes: 'Attachment hashes (SHA-256)',
  hashExplanation:
    'The content hash is a SHA-256 digest of the submitted application content and identifies exactly that ' +
    'content: any change gives a different hash. It lets anyone check that a printed or downloaded copy is ' +
    'the version the system holds.',
};

const labels: Record<DocumentLocale, DocumentLabels> = {
  'zh-CN': {
    ...zhCN,
    characterCount: (count, limit) => `字数 ${count} / ${limit}`,
    eligibilityCounts: (blocking, warnings, unknown) =>
      `阻断项 ${blocking} 项，警告 ${warnings} 项，待确认 ${unknown} 项`,
    pageOf: (page, pages) => `第 ${page} 页 / 共 ${pages} 页`,
    reference: (id) => `申报编号 ${id}`,
  },
  'en-US': {
    ...enUS,
    characterCount: (count, limit) => `Characters ${count} / ${limit}`,
    eligibilityCounts: (blocking, warnings, unknown) =>
      `${blocking} blocking, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${unknown} unknown`,
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    reference: (id) => `Application ${id}`,
  },
};

/** The labels for a locale. */
export function documentLabels(locale: DocumentLocale): DocumentLabels {
  return labels[locale];
}

export type SectionKey =
  | 'basics'
  | 'organisations'
  | 'team'
  | ContentSection
  | 'kpis'
  | 'budget'
  | 'schedule'
  | 'attachments';

const sectionNames: Record<SectionKey, { zh: string; en: string }> = {
  basics: { zh: '基本信息', en: 'Basic information' },
  organisations: { zh: '申报单位与合作单位', en: 'Lead and partner organisations' },
  team: { zh: '项目负责人及团队', en: 'Principal investigator and team' },
  summary: { zh: '项目摘要', en: 'Summary' },
  background: { zh: '立项背景与意义', en: 'Background and significance' },
  objectives: { zh: '研究目标', en: 'Objectives' },
  researchContent: { zh: '主要研究内容', en: 'Research content' },
  cooperationBasis: { zh: '合作基础', en: 'Basis for cooperation' },
  foreignPartnerStrengths: { zh: '外方合作单位优势', en: 'Strengths of the foreign partner' },
  implementationPlan: { zh: '实施方案', en: 'Implementation approach' },
  expectedOutcomes: { zh: '预期成果', en: 'Expected outcomes' },
  riskAnalysis: { zh: '风险分析', en: 'Risk analysis' },
  kpis: { zh: '绩效目标', en: 'Performance targets' },
  budget: { zh: '经费预算', en: 'Budget' },
  schedule: { zh: '实施计划', en: 'Schedule' },
  attachments: { zh: '附件清单', en: 'Attachments' },
};

const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 16 → 十六, 20 → 二十 (enough for the sections of one document). */
export function chineseNumeral(n: number): string {
  if (n < 10) return chineseDigits[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : chineseDigits[tens]}十${chineseDigits[n % 10]}`;
}

/** A numbered section title: "一、基本信息 Basic information" in zh-CN, "1. Basic information" in en-US. */
export function sectionTitle(key: SectionKey, number: number, locale: DocumentLocale): string {
  const name = sectionNames[key];
  return locale === 'zh-CN' ? `${chineseNumeral(number)}、${name.zh} ${name.en}` : `${number}. ${name.en}`;
}
