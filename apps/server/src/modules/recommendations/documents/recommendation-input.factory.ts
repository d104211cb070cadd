import type {
  LetterApplication,
  RecommendationLetterInput,
  RecommendationSummaryInput,
  SummaryRow,
} from './recommendation-document.types';

/** Test data for the recommender's documents, modelled on the 2024 Zhejiang calls; no demo data is read. */

const directions = [
  { code: '1.6', name: '中国和芬兰政府间科技合作项目' },
  { code: '2.1', name: '对口支援与协作项目' },
  { code: '3.2', name: '全国重点实验室建设' },
] as const;

/** One summary row; `serialNo` also varies the values so that rows differ. */
export function buildSummaryRow(serialNo: number, overrides: Partial<SummaryRow> = {}): SummaryRow {
  const direction = directions[serialNo % directions.length] ?? directions[0];
  return {
    serialNo,
    projectName: `面向高端装备的智能感知关键技术研究（${serialNo}）`,
    leadOrganisation: `浙江省第${serialNo}智能制造研究院有限公司`,
    leadOrganisationUscc: '91330100MA27XK8Q1T',
    region: '杭州市西湖区',
    direction: { ...direction },
    principalInvestigator: '王晓明',
    contactPhone: '0571-87054743',
    publicFundingWan: 100 + (serialNo % 7) * 0.35,
    selfFundingWan: 200.1,
    matchingFundsWan: 0.2,
    durationYears: 3,
    mainContent:
      '应用多源传感融合等技术，开展高端装备在线监测等方面研究。申请发明专利3项以上，培养专业人才10名以上。',
    field: '智能制造',
    incentive: serialNo % 5 === 0,
    submittedAt: new Date('2024-09-20T09:29:58Z'),
    contentHash: 'A3F1C09B7E6D5C4B3A29180F7E6D5C4B3A29180F7E6D5C4B3A29180F7E6D5C4B',
    ...overrides,
  };
}

/** A summary of `count` rows for the Finnish cooperation call. */
export function buildSummaryInput(count: number): RecommendationSummaryInput {
  return {
    call: { id: 'zj-2024-intl-coop', title: '2024年度浙江省国际科技合作项目', year: 2024 },
    recommender: { name: '杭州市科学技术局' },
    generatedAt: new Date('2024-09-24T02:30:00Z'),
    rows: Array.from({ length: count }, (_, index) => buildSummaryRow(index + 1)),
  };
}

/** A letter recommending `count` projects (three by default). */
export function buildLetterInput(count = 3): RecommendationLetterInput {
  const applications: LetterApplication[] = Array.from({ length: count }, (_, index) => ({
    projectName: `项目${index + 1}：面向高端装备的智能感知关键技术研究`,
    leadOrganisation: `浙江省第${index + 1}智能制造研究院有限公司`,
    direction: { ...(directions[index % directions.length] ?? directions[0]) },
    publicFundingWan: 150 + index * 25.5,
  }));
  return {
    call: {
      title: '关于组织申报2024年度浙江省国际科技合作项目的通知',
      issuer: '浙江省科学技术厅',
    },
    recommender: { name: '杭州市科学技术局' },
    // 2024-09-23T20:00Z is already 24 September in Shanghai
    date: new Date('2024-09-23T20:00:00Z'),
    applications,
    contact: { name: '张培锋', phone: '0571-87054743' },
  };
}
