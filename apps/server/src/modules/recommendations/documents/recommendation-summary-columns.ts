import type { SummaryRow } from './recommendation-document.types';
import { formatDirection, formatShanghaiTimestamp, roundWan, shortHash } from './recommendation-format';

/**
 * The columns of the recommendation summary (推荐汇总表), in order. The first seven of the seed's
 * "2024年拟支持项目建议表" (序号, 项目名称, 承担单位, 主要支持内容, 相关领域, 拟支持经费, 自筹经费) keep its wording; the
 * others are what the programme office needs to check a recommendation against the submitted application.
 * The workbook's "说明 Notes" sheet is written from the same list, so a column and its explanation cannot drift.
 */

/** How a column's cells are stored and aligned: money is a number shown with two decimals. */
export type SummaryColumnKind = 'integer' | 'text' | 'wrappedText' | 'money' | 'number';

/** One column: its bilingual header and explanation, its width bounds, and how a row gives its value. */
export interface SummaryColumn {
  header: string;
  headerEn: string;
  noteZh: string;
  noteEn: string;
  kind: SummaryColumnKind;
  /** width bounds in character units (a CJK character is two) */
  minWidth: number;
  maxWidth: number;
  value: (row: SummaryRow) => string | number;
}

/** The summary's columns, left to right. */
export const summaryColumns: readonly SummaryColumn[] = [
  {
    header: '序号',
    headerEn: 'No.',
    noteZh: '推荐顺序号。',
    noteEn: 'Order of recommendation.',
    kind: 'integer',
    minWidth: 6,
    maxWidth: 8,
    value: (row) => row.serialNo,
  },
  {
    header: '项目名称',
    headerEn: 'Project name',
    noteZh: '申报书中的项目名称。',
    noteEn: 'Project name as in the application.',
    kind: 'wrappedText',
    minWidth: 20,
    maxWidth: 40,
    value: (row) => row.projectName,
  },
  {
    header: '承担单位',
    headerEn: 'Lead organisation',
    noteZh: '项目牵头申报单位。',
    noteEn: 'The organisation that leads the application.',
    kind: 'wrappedText',
    minWidth: 16,
    maxWidth: 32,
    value: (row) => row.leadOrganisation,
  },
  {
    header: '统一社会信用代码',
    headerEn: 'Unified social credit code',
    noteZh: '承担单位的18位统一社会信用代码。',
    noteEn: "The lead organisation's 18-character unified social credit code (USCC).",
    kind: 'text',
    minWidth: 20,
    maxWidth: 22,
    value: (row) => row.leadOrganisationUscc,
  },
  {
    header: '所在地区',
    headerEn: 'Region',
    noteZh: '承担单位所在的行政区划。',
    noteEn: 'Administrative region of the lead organisation.',
    kind: 'text',
    minWidth: 10,
    maxWidth: 20,
    value: (row) => row.region,
  },
  {
    header: '指南方向',
    headerEn: 'Guide direction',
    noteZh: '申报的指南方向（编号与名称）。',
    noteEn: 'The guide direction applied for (code and name).',
    kind: 'wrappedText',
    minWidth: 16,
    maxWidth: 36,
    value: (row) => formatDirection(row.direction),
  },
  {
    header: '项目负责人',
    headerEn: 'Principal investigator',
    noteZh: '项目负责人姓名。',
    noteEn: 'Name of the principal investigator.',
    kind: 'text',
    minWidth: 10,
    maxWidth: 16,
    value: (row) => row.principalInvestigator,
  },
  {
    header: '联系电话',
    headerEn: 'Contact phone',
    noteZh: '项目联系电话，以文本保存以保留区号前的0。',
    noteEn: 'Contact phone, stored as text so that leading zeros are kept.',
    kind: 'text',
    minWidth: 13,
    maxWidth: 18,
    value: (row) => row.contactPhone,
  },
  {
    header: '主要支持内容',
    headerEn: 'Main content supported',
    noteZh: '文字精炼、突出建设重点、明确主要绩效指标。超过单元格上限（32,767字）时截断。',
    noteEn:
      'Concise: the focus of the work and its main performance targets. Cut at the cell limit (32,767 characters).',
    kind: 'wrappedText',
    minWidth: 30,
    maxWidth: 60,
    value: (row) => row.mainContent,
  },
  {
    header: '相关领域',
    headerEn: 'Related field',
    noteZh: '项目所属的技术或产业领域。',
    noteEn: 'The technology or industry field of the project.',
    kind: 'wrappedText',
    minWidth: 10,
    maxWidth: 20,
    value: (row) => row.field,
  },
  {
    header: '拟支持经费（万元）',
    headerEn: 'Proposed public funding (10,000 yuan)',
    noteZh: '申请的财政经费，单位万元，保留两位小数；合计行为各行之和。',
    noteEn:
      'Public funding applied for, in 10,000 yuan, two decimals; the totals row is the sum of the rows.',
    kind: 'money',
    minWidth: 12,
    maxWidth: 16,
    value: (row) => roundWan(row.publicFundingWan, `拟支持经费 of row ${row.serialNo}`),
  },
  {
    header: '自筹经费（万元）',
    headerEn: 'Self-funding (10,000 yuan)',
    noteZh: '申报单位自筹经费，单位万元，保留两位小数。',
    noteEn: "The applicant's own funds, in 10,000 yuan, two decimals.",
    kind: 'money',
    minWidth: 12,
    maxWidth: 16,
    value: (row) => roundWan(row.selfFundingWan, `自筹经费 of row ${row.serialNo}`),
  },
  {
    header: '配套经费（万元）',
    headerEn: 'Matching funds (10,000 yuan)',
    noteZh: '地方或单位配套出资，单位万元，保留两位小数。',
    noteEn: 'Matching funds from the locality or organisation, in 10,000 yuan, two decimals.',
    kind: 'money',
    minWidth: 12,
    maxWidth: 16,
    value: (row) => roundWan(row.matchingFundsWan, `配套经费 of row ${row.serialNo}`),
  },
  {
    header: '实施年限（年）',
    headerEn: 'Duration (years)',
    noteZh: '项目实施期限，单位年。',
    noteEn: 'Implementation period, in years.',
    kind: 'number',
    minWidth: 8,
    maxWidth: 10,
    value: (row) => row.durationYears,
  },
  {
    header: '是否单列激励名额',
    headerEn: 'Separate incentive place',
    noteZh: '“是”表示该项目使用单列的激励名额，不占一般推荐限额。',
    noteEn:
      '"是" (yes) means the project uses a separately granted incentive place, outside the ordinary quota.',
    kind: 'text',
    minWidth: 10,
    maxWidth: 10,
    value: (row) => (row.incentive ? '是' : '否'),
  },
  {
    header: '提交时间（北京时间）',
    headerEn: 'Submitted at (Beijing time)',
    noteZh: '申报书正式提交的时间，北京时间（UTC+8）。',
    noteEn: 'When the application was submitted, Asia/Shanghai time (UTC+8).',
    kind: 'text',
    minWidth: 20,
    maxWidth: 20,
    value: (row) => formatShanghaiTimestamp(row.submittedAt),
  },
  {
    header: '内容哈希',
    headerEn: 'Content hash',
    noteZh: '提交内容SHA-256哈希的前16位，与申报回执上的哈希一致即表示内容未被改动。',
    noteEn: "First 16 hex characters of the submitted content's SHA-256; it matches the submission receipt.",
    kind: 'text',
    minWidth: 18,
    maxWidth: 18,
    value: (row) => shortHash(row.contentHash),
  },
];

/** The spreadsheet letter of a 1-based column number: 1 → "A", 17 → "Q", 27 → "AA". */
export function columnLetter(columnNumber: number): string {
  let letters = '';
  for (let n = columnNumber; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
