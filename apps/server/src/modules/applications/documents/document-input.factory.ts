import { createHash } from 'node:crypto';
import { type ApplicationContentInput, applicationContentSchema } from '@yanzhen/domain';
import type { ApplicationDocumentInput, DocumentAttachment } from './application-document.types';

/**
 * Test data for the document renderers: a realistic intergovernmental cooperation application (China–Finland),
 * with a research-content section long enough to span pages, and an empty draft.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const longSectionStart = '研究内容起始标记';
export const longSectionEnd = '研究内容结束标记';

const researchParagraphs = [
  '围绕高寒环境下风电机组叶片结冰监测与主动除冰的关键共性技术，中芬双方将联合开展多物理场耦合机理研究。',
  '建立覆盖材料、结构、气象三个尺度的结冰预测模型，并在芬兰北部与我国内蒙古两地的试验风场开展对比验证。',
  '研制基于光纤光栅传感与声发射的叶片状态在线监测系统，实现结冰厚度识别精度优于0.5毫米、告警延迟小于30秒。',
  '开发低能耗电热与疏冰涂层复合除冰技术，形成可在零下40摄氏度稳定运行的工程样机，并完成不少于2000小时的现场运行考核。',
  '同步开展知识产权联合布局与标准预研，推动研究成果在长三角风电装备产业链中的转化应用。',
];

function longResearchContent(): string {
  const paragraphs: string[] = [longSectionStart];
  for (let i = 0; i < 14; i++) {
    paragraphs.push(`（${i + 1}）${researchParagraphs.join('')}`);
  }
  paragraphs.push(longSectionEnd);
  return paragraphs.join('\n');
}

const content: ApplicationContentInput = {
  basics: {
    title: '高寒风电叶片结冰智能监测与主动除冰关键技术中芬联合研发',
    titleEn: 'Sino-Finnish R&D on intelligent icing monitoring and active de-icing of wind turbine blades',
    keywords: ['风电叶片', '结冰监测', '主动除冰', '国际合作'],
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    trl: 4,
    foreignApplicationReference: 'BF-2024-0387',
  },
  participants: [
    {
      id: 'p-zju',
      name: '浙江大学',
      type: 'university',
      country: 'CN',
      role: 'participant',
      task: '结冰机理建模与仿真',
    },
    {
      id: 'p-vtt',
      name: '芬兰国家技术研究中心',
      nameEn: 'VTT Technical Research Centre of Finland',
      type: 'foreignOrganisation',
      country: 'FI',
      role: 'foreignPartner',
      task: '北极圈试验风场数据与除冰涂层研发',
    },
  ],
  principalInvestigator: {
    id: 'person-1',
    name: '王立新',
    title: '正高级工程师',
    birthDate: '1978-05-12',
    sex: 'male',
    organisationId: 'lead',
    email: 'wanglx@example.cn',
    phone: '0571-88886666',
    role: '项目总体负责',
  },
  team: [
    { id: 'person-2', name: '陈思远', organisationId: 'p-zju', title: '教授', role: '机理建模' },
    {
      id: 'person-3',
      name: 'Mikko Virtanen',
      organisationId: 'p-vtt',
      title: 'Principal Scientist',
      role: '涂层研发',
    },
    { id: 'person-4', name: '刘晓燕', organisationId: 'lead', title: '高级工程师', role: '样机研制' },
  ],
  subTopics: [
    { id: 's1', name: '结冰监测系统研制', leaderPersonId: 'person-1', unitIds: ['lead', 'p-zju'] },
    { id: 's2', name: '复合除冰技术与现场验证', leaderPersonId: 'person-3', unitIds: ['p-vtt'] },
  ],
  sections: {
    summary:
      '本项目面向高寒地区风电机组叶片结冰导致的发电损失与安全隐患，联合芬兰国家技术研究中心开展监测与除冰技术研发。',
    background: '我国“三北”地区及芬兰北部风资源丰富，但冬季叶片结冰造成年发电量损失可达10%以上。',
    objectives: '形成结冰监测系统1套、除冰工程样机1台，申请发明专利3项以上。',
    researchContent: longResearchContent(),
    cooperationBasis: '双方自2019年起在寒区风能领域开展人员互访与联合实验，已共同发表论文4篇。',
    implementationPlan: '第一年完成机理研究与系统设计；第二年完成样机研制；第三年完成现场考核与成果转化。',
    expectedOutcomes: '申请发明专利3项，制定企业标准1项，培养博士研究生2名。',
    riskAnalysis: '主要风险为现场试验受气象条件影响，拟通过两地互补试验降低风险。',
  },
  kpis: [
    { level1: '产出指标', level2: '数量指标', text: '申请发明专利', target: 3, unit: '项' },
    { level1: '产出指标', level2: '数量指标', text: '研制工程样机', target: 1, unit: '台' },
    { level1: '产出指标', level2: '质量指标', text: '结冰厚度识别精度', target: 0.5, unit: '毫米' },
    { level1: '效益指标', level2: '经济效益指标', text: '新增销售收入', target: 2000, unit: '万元' },
  ],
  budget: {
    publicFundingWan: 200,
    selfFundingWan: 400,
    matchingFundsWan: 0,
    rdInvestmentWan: 3500,
    indirectCostsWan: 20,
  },
  schedule: [
    { from: '2025-01-01', to: '2025-12-31', task: '结冰机理研究、监测系统方案设计' },
    { from: '2026-01-01', to: '2026-12-31', task: '监测系统与除冰样机研制，芬兰试验风场第一轮测试' },
    { from: '2027-01-01', to: '2027-12-31', task: '两地现场考核、成果总结与转化' },
  ],
};

/** A submitted application; pass overrides to vary it. */
export function buildSubmittedApplication(
  overrides: Partial<ApplicationDocumentInput> = {},
): ApplicationDocumentInput {
  const parsed = applicationContentSchema.parse(content);
  return {
    application: {
      id: '0b6f2c7e-4a1d-4c1b-9a55-3f1e2d8c9b10',
      version: 2,
      status: 'submitted',
      submittedAt: '2024-09-20T09:29:58.000Z',
      contentHash: sha256(JSON.stringify(parsed)),
    },
    content: parsed,
    call: {
      id: 'zj-2024-intl',
      title: '2024年度浙江省国际科技合作项目申报通知',
      issuer: '浙江省科学技术厅',
      year: 2024,
    },
    direction: {
      code: '1.6',
      name: '中国和芬兰政府间科技合作项目',
      path: ['国际科技合作项目', '政府间国际科技创新合作计划项目'],
    },
    leadOrg: {
      id: 'lead',
      name: '浙江寒极风电装备有限公司',
      uscc: '91330100MA2H3K4L5P',
      regionName: '浙江省杭州市余杭区',
      type: 'enterprise',
    },
    attachments: [
      {
        code: 'integrityPledge',
        name: '诚信承诺书',
        fileName: '诚信承诺书-盖章.pdf',
        size: 482_113,
        sha256: sha256('pledge'),
      },
      {
        code: 'cooperationAgreement',
        name: '合作协议',
        fileName: 'agreement-VTT.pdf',
        size: 1_348_201,
        sha256: sha256('agreement'),
      },
      {
        code: 'ipAgreement',
        name: '知识产权协议',
        fileName: 'ip-agreement.pdf',
        size: 95_004,
        sha256: sha256('ip'),
      },
    ],
    eligibility: { canSubmit: true, blocking: 0, warnings: 1, unknown: 0 },
    locale: 'zh-CN',
    ...overrides,
  };
}

/** A draft in which nothing has been filled in yet. */
export function buildEmptyDraft(): ApplicationDocumentInput {
  const submitted = buildSubmittedApplication();
  return {
    ...submitted,
    application: {
      id: '5d1c9e0a-8f7b-4e2a-b3c4-d5e6f7a8b9c0',
      version: 0,
      status: 'draft',
      submittedAt: null,
      contentHash: null,
    },
    content: applicationContentSchema.parse({}),
    leadOrg: { name: '浙江寒极风电装备有限公司', uscc: null, regionName: null, type: null },
    attachments: [],
    eligibility: { canSubmit: false, blocking: 5, warnings: 0, unknown: 3 },
  };
}

/** Integrity pledges (诚信承诺书) from units and key people: real applications carry a dozen or more. */
export function buildPledgeAttachments(count: number): DocumentAttachment[] {
  return Array.from({ length: count }, (_, i) => ({
    code: 'integrityPledge',
    name: `诚信承诺书（人员${i + 1}）`,
    fileName: `pledge-${i + 1}.pdf`,
    size: 200_000 + i * 1_000,
    sha256: sha256(`pledge-${i}`),
  }));
}
