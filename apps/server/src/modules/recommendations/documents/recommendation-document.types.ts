/**
 * The data the recommender's documents are rendered from. Callers (a service that has already checked who may
 * see what) pass plain values; the renderers do no I/O and never read the database. Money is in 万元, as the
 * documents print it; instants are `Date`s and are shown in Asia/Shanghai time.
 */

/** A guide direction as the documents name it: "1.6 中国和芬兰政府间科技合作项目". */
export interface DirectionRef {
  /** e.g. "1.6"; may be empty when the guide has no numbering */
  code: string;
  name: string;
}

/** One recommended application: one row of the recommendation summary (推荐汇总表). */
export interface SummaryRow {
  serialNo: number;
  projectName: string;
  leadOrganisation: string;
  /** 统一社会信用代码, 18 characters */
  leadOrganisationUscc: string;
  region: string;
  direction: DirectionRef;
  principalInvestigator: string;
  contactPhone: string;
  /** 拟支持经费 (the public funding applied for), 万元 */
  publicFundingWan: number;
  /** 自筹经费, 万元 */
  selfFundingWan: number;
  /** 配套经费, 万元 */
  matchingFundsWan: number;
  durationYears: number;
  /** 主要支持内容 */
  mainContent: string;
  /** 相关领域 */
  field: string;
  /** whether the application takes one of the separately granted incentive places (单列激励名额) */
  incentive: boolean;
  submittedAt: Date;
  /** SHA-256 of the submitted content, hex; the table shows its first 16 characters */
  contentHash: string;
}

/** Everything the recommendation summary workbook shows. */
export interface RecommendationSummaryInput {
  call: { id: string; title: string; year: number };
  recommender: { name: string };
  generatedAt: Date;
  rows: SummaryRow[];
}

/** One project listed in the recommendation letter. */
export interface LetterApplication {
  projectName: string;
  leadOrganisation: string;
  direction: DirectionRef;
  /** 申请财政经费, 万元 */
  publicFundingWan: number;
}

/** Everything the recommendation letter (推荐函) says; the .docx and the PDF render the same input. */
export interface RecommendationLetterInput {
  /** the issuer is the addressee, e.g. "浙江省科学技术厅" */
  call: { title: string; issuer: string };
  recommender: { name: string };
  /** the letter's date; printed as the Asia/Shanghai calendar day */
  date: Date;
  applications: LetterApplication[];
  contact: { name: string; phone: string };
}
