import { z } from 'zod';
import type { Bilingual } from '../eligibility/verdict';

/**
 * The manual checklist of formal review (形式审查), per kind of programme: what the notices tell the office to
 * check that the platform cannot judge by itself (signatures, stamps, validity, consistency with the foreign side).
 * Each item quotes the clause it comes from where the notice has one.
 */
export const formalReviewCategories = [
  'zhejiangCooperation',
  'nationalIntergovernmental',
  'centralGuidanceFund',
  'general',
] as const;
export type FormalReviewCategory = (typeof formalReviewCategories)[number];

export const formalReviewCategoryLabels: Record<FormalReviewCategory, Bilingual> = {
  zhejiangCooperation: {
    'zh-CN': '浙江省“尖兵”“领雁”科技合作项目',
    'en-US': 'Zhejiang “Jianbing/Lingyan” cooperation projects',
  },
  nationalIntergovernmental: {
    'zh-CN': '国家重点研发计划“政府间国际科技创新合作”',
    'en-US': 'National key R&D programme: intergovernmental cooperation',
  },
  centralGuidanceFund: {
    'zh-CN': '中央引导地方科技发展资金',
    'en-US': 'Central guidance fund for local science and technology',
  },
  general: { 'zh-CN': '通用', 'en-US': 'General' },
};

/** The programme ids of the catalogue, mapped to their checklist; others use the general one. */
const categoryByProgramme: Record<string, FormalReviewCategory> = {
  'zj-jianbing-lingyan': 'zhejiangCooperation',
  'nkrdp-intergov': 'nationalIntergovernmental',
  'central-guidance-fund': 'centralGuidanceFund',
};
export function formalReviewCategoryOf(programmeId: string): FormalReviewCategory {
  return categoryByProgramme[programmeId] ?? 'general';
}

export type ChecklistItem = {
  code: string;
  label: Bilingual;
  /** the clause it comes from: the seed document and where in it */
  source?: { document: string; location: string; quote: string };
  /** shown only for bilateral directions, or for paired-assistance directions (帮扶地推荐函) */
  when?: 'bilateral' | 'pairedAssistance';
};

const item = (
  code: string,
  zh: string,
  en: string,
  source?: ChecklistItem['source'],
  when?: ChecklistItem['when'],
): ChecklistItem => ({
  code,
  label: { 'zh-CN': zh, 'en-US': en },
  ...(source ? { source } : {}),
  ...(when ? { when } : {}),
});

const zj2025 = '关于组织申报2025年度“尖兵”“领雁”科技计划科技合作领域项目的通知';
const most2023 = '“政府间国际科技创新合作”重点专项2023年度第一批项目申报指南';
const central2024 = '关于征集2024年度中央引导地方科技发展资金储备项目的通知';

const budgetConsistent = item(
  'budgetConsistent',
  '预算表前后一致：财政补助、自筹（配套）经费与总预算相符，各表金额一致',
  'Budget tables are consistent: public funding, self-funding (matching funds) and the total agree across tables',
);

export const formalReviewChecklists: Record<FormalReviewCategory, readonly ChecklistItem[]> = {
  zhejiangCooperation: [
    item(
      'integrityPledgeSigned',
      '诚信承诺书：申报单位、参与单位已盖章，项目负责人和主要参与人已签字',
      'Integrity pledges: stamped by the lead and participating units, signed by the PI and key members',
      {
        document: zj2025,
        location: '二、（一）',
        quote: '项目申报单位和参与单位、项目负责人和主要参与人须签署并上传诚信承诺书',
      },
    ),
    item(
      'cooperationAgreementValid',
      '合作协议已由中外双方签署且在有效期内，对知识产权归属和商业化有约定，分工明确',
      'Cooperation agreement signed by both sides and in force, settling IP ownership and commercialisation, with a clear division of work',
      {
        document: zj2025,
        location: '一、（四）',
        quote:
          '国际科技合作项目须附上合作协议，合作双方事先对知识产权归属和产品或工艺的商业化达成共识，具有明确的分工',
      },
    ),
    item(
      'foreignSideApplied',
      '外方合作单位已向本国主管部门申报（单方申报项目无效），申报编号可核实',
      'The foreign partner has applied to its own agency (one-sided applications are void); its reference can be verified',
      { document: zj2025, location: '附件 一、（一）', quote: '提交申报材料，单方申报项目无效' },
      'bilateral',
    ),
    item(
      'aidLocationRecommendationLetter',
      '帮扶地驻地指挥部（工作队）推荐函已出具并盖章',
      'Recommendation letter of the aid-location headquarters issued and stamped',
      { document: zj2025, location: '一、（四）', quote: '对口支援与协作项目须由帮扶地驻地指挥部出具推荐函' },
      'pairedAssistance',
    ),
    item(
      'recommenderDocumentsStamped',
      '推荐函、推荐汇总表和承诺书已由推荐单位盖章后扫描上传',
      "The recommender's letter, summary table and pledge are stamped and uploaded",
      {
        document: zj2025,
        location: '二、（二）',
        quote: '将推荐函和推荐汇总表、承诺书盖章后扫描上传至申报系统',
      },
    ),
    budgetConsistent,
  ],
  nationalIntergovernmental: [
    item(
      'cooperationAgreementSigned',
      '已提供中外合作方就本项目签订的合作协议（任务分工、资金来源、知识产权条款、有效期、争议解决）',
      'The cooperation agreement signed for this project by the Chinese and foreign partners is provided (tasks, funding, IP, term, disputes)',
      {
        document: most2023,
        location: '附件1 一、（6）',
        quote: '申报时应提供中外合作方就所申报项目签订的合作协议',
      },
    ),
    item(
      'ipOwnershipAgreed',
      '合作各方对知识产权归属和成果转化收益归属有明确约定',
      'All partners have agreed IP ownership and the sharing of commercialisation income',
      {
        document: most2023,
        location: '附件1 一、（6）',
        quote: '合作各方必须对知识产权归属和成果转化收益归属等有明确约定',
      },
    ),
    item(
      'foreignSideApplied',
      '外方已向本国项目征集部门提交申报材料（单方申报项目无效）',
      'The foreign side has applied to its own funding agency (one-sided applications are void)',
      {
        document: most2023,
        location: '附件1 各国别方向',
        quote: '项目合作双方需分别向本国的项目征集部门提交申报材料，单方申报项目无效',
      },
      'bilateral',
    ),
    item(
      'consistentWithForeignApplication',
      '中外双方申报材料中项目负责人、参与人、项目名称、研究内容、工作计划、预期成果一致',
      'PI, team, title, research content, work plan and expected results agree with the foreign application',
      {
        document: most2023,
        location: '附件1 中俄方向（2）',
        quote: '双方申报材料中项目负责人、参与人、项目名称、研究内容、工作计划、预期成果需保持一致',
      },
      'bilateral',
    ),
    item(
      'matchingFundsProvided',
      '参与企业的配套出资不低于其获得的政府资助',
      'Participating enterprises provide matching funds at least equal to the public funding they receive',
      {
        document: most2023,
        location: '附件1 中芬方向（3）',
        quote: '中方项目参与企业应提供至少与其获得政府资助等额的配套出资',
      },
    ),
    budgetConsistent,
  ],
  centralGuidanceFund: [
    item(
      'recommenderDocumentsStamped',
      '推荐函、系统导出的推荐汇总表和承诺书已盖章后扫描上传',
      "The recommender's letter, exported summary table and pledge are stamped and uploaded",
      {
        document: central2024,
        location: '四、（二）',
        quote: '将推荐函和系统导出的推荐汇总表、承诺书盖章后扫描上传至申报系统',
      },
    ),
    item(
      'leadIsLegalPersonInProvince',
      '申报单位和需拨付经费的参与单位为在浙独立法人，不是政府机关',
      'The lead and funded participants are independent legal persons in Zhejiang, not government bodies',
      {
        document: central2024,
        location: '三、（一）1',
        quote:
          '申报单位和需拨付省级财政经费的参与单位应为在浙具有独立法人资格且运行管理规范的高等学校、科研院所、新型研发机构和企业等，不包括政府机关',
      },
    ),
    item(
      'noSeriousMisconduct',
      '申报单位、参与单位及团队成员无惩戒执行期内的科研严重失信记录和信用“黑名单”记录',
      'No unit or team member is under sanction for serious research misconduct or on a credit blacklist',
      {
        document: central2024,
        location: '三、（一）1',
        quote: '无在惩戒执行期内的科研严重失信行为记录和相关社会领域信用“黑名单”记录',
      },
    ),
    item(
      'singleRecommender',
      '同一项目只通过一个推荐单位申报，无多头申报、重复申报',
      'The project goes through one recommender only; no multiple or repeated submissions',
      {
        document: central2024,
        location: '三、（一）1',
        quote: '申报单位同一个项目只能通过单个推荐单位申报，不得多头申报和重复申报',
      },
    ),
    item(
      'piEmployedOrAuthorised',
      '项目负责人为申报单位在职人员，或附有单位出具的授权书；将到退休年龄的附有承诺书',
      'The PI is employed by the lead, or an authorisation is attached; a commitment letter is attached if the PI will reach retirement age',
      {
        document: central2024,
        location: '三、（一）2',
        quote: '如非在职人员，应由申报单位出具赋予其管理项目实施的授权书',
      },
    ),
    item(
      'noIndirectCosts',
      '引导资金预算未编制间接费用',
      'The guidance-fund budget contains no indirect costs',
      { document: central2024, location: '附件 二、（一）', quote: '引导资金经费预算不得编制间接费用' },
    ),
    budgetConsistent,
  ],
  general: [
    item(
      'integrityPledgeSigned',
      '诚信承诺书已由单位盖章、个人签字',
      'Integrity pledges are stamped by the units and signed by the people',
    ),
    item('recommendationLetterPresent', '推荐单位推荐函已提交', "The recommender's letter is present"),
    budgetConsistent,
  ],
};

/** The items that apply to one application: its category's list, with the bilateral and paired-assistance ones when relevant. */
export function checklistFor(
  category: FormalReviewCategory,
  context: { bilateral: boolean; pairedAssistance: boolean },
): ChecklistItem[] {
  return formalReviewChecklists[category].filter(
    (i) =>
      !i.when ||
      (i.when === 'bilateral' && context.bilateral) ||
      (i.when === 'pairedAssistance' && context.pairedAssistance),
  );
}

/** One answer of the checklist: ok, not ok, or not yet checked, with the officer's note (internal to the office). */
export const checklistEntrySchema = z.object({
  ok: z.boolean().nullable(),
  note: z.string().trim().max(1000).default(''),
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
export const checklistSchema = z.record(
  z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,59}$/),
  checklistEntrySchema,
);
export type Checklist = z.infer<typeof checklistSchema>;

/** How far the checklist has got: items answered ok, not ok, and still open. */
export function checklistProgress(items: readonly ChecklistItem[], entries: Checklist) {
  let ok = 0;
  let notOk = 0;
  for (const i of items) {
    const e = entries[i.code];
    if (e?.ok === true) ok++;
    else if (e?.ok === false) notOk++;
  }
  return { total: items.length, ok, notOk, open: items.length - ok - notOk };
}

/** Answers for codes the application's checklist does not have are refused, so typos never pass silently. */
export function unknownChecklistCodes(items: readonly ChecklistItem[], entries: Checklist): string[] {
  const known = new Set(items.map((i) => i.code));
  return Object.keys(entries).filter((c) => !known.has(c));
}
