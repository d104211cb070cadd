import type { Bilingual } from './verdict';

/** Human names of the facts, so that an unknown outcome can say what to fill in. Index-free paths. */
const labels: Record<string, [zh: string, en: string]> = {
  now: ['当前日期', "today's date"],
  application: ['申报书信息', 'the application'],
  'application.name': ['项目名称', 'the project name'],
  'application.requestedFundingWan': ['申请财政补助经费', 'the requested public funding'],
  'application.selfFundingWan': ['自筹经费', 'the self-funding'],
  'application.totalBudgetWan': ['项目总经费', 'the total budget'],
  'application.matchingFundsWan': ['配套出资', 'the matching funds'],
  'application.enterpriseRdInvestmentWan': ['企业实际研发投入', "the enterprise's actual R&D investment"],
  'application.aidTransferWan': ['拨付帮扶地合作方的经费', 'the transfer to the aid-location partner'],
  'application.indirectCostsWan': ['间接费用', 'the indirect costs'],
  'application.durationYears': ['实施期限', 'the duration'],
  'application.startDate': ['项目开始日期', 'the start date'],
  'application.endDate': ['项目结束日期', 'the end date'],
  'application.trl': ['技术成熟度', 'the technology readiness level'],
  'application.subTopics': ['课题设置', 'the sub-topics'],
  'application.subTopics[].chineseUnitIds': ['课题的中方参与单位', "the sub-topics' Chinese units"],
  'application.foreignReference': ['外方申报编号', "the foreign side's application reference"],
  'application.recommenders': ['推荐单位', 'the recommender'],
  lead: ['申报单位信息', 'the lead organisation'],
  'lead.type': ['申报单位类型', 'the lead organisation type'],
  'lead.regionCode': ['申报单位所在地区', "the lead organisation's region"],
  'lead.isInProvince': ['申报单位是否在浙江', 'whether the lead is registered in Zhejiang'],
  'lead.isIndependentLegalPerson': [
    '是否具有独立法人资格',
    'whether the lead is an independent legal person',
  ],
  'lead.isGovernmentBody': ['是否为政府机关', 'whether the lead is a government body'],
  'lead.isAgricultural': ['是否为农业类企业', 'whether the lead is an agricultural enterprise'],
  'lead.carrier': ['依托的国合载体', 'the carrier the lead hosts'],
  'lead.carrier.otherApplicationsThisCall': ['载体本批次已申报项目数', "the carrier's other applications"],
  'lead.affiliationGroup': ['申报单位隶属关系', "the lead's affiliation"],
  participants: ['参与单位', 'the participating organisations'],
  'participants.domestic': ['中方参与单位', 'the Chinese participants'],
  'participants.foreign': ['外方合作单位', 'the foreign partners'],
  pi: ['项目负责人信息', 'the principal investigator'],
  'pi.birthDate': ['项目负责人出生日期', "the PI's birth date"],
  'pi.sex': ['项目负责人性别', "the PI's sex"],
  'pi.isAcademician': ['项目负责人是否为院士', 'whether the PI is an academician'],
  'pi.onSiteDaysPerYear': ['项目负责人每年赴帮扶地天数', "the PI's days on site per year"],
  'pi.ongoingProjects': ['项目负责人在研项目', "the PI's ongoing projects"],
  'pi.sameYearAwards': ['项目负责人同年度立项项目', "the PI's awards this year"],
  'pi.otherApplicationsThisCall': ['项目负责人本批次其他申报', "the PI's other applications"],
  teamMembers: ['主要参与人', 'the key team members'],
  attachments: ['附件', 'the attachments'],
};

function labelOf(path: string): [string, string] {
  const generic = path.replace(/\[\d+\]/g, '[]');
  const hit = labels[path] ?? labels[generic];
  if (hit) return hit;
  return [path, path];
}

/** "申请财政补助经费、企业实际研发投入" / "the requested public funding, the enterprise's …". */
export function describeMissing(paths: string[]): Bilingual {
  const unique = [...new Set(paths)];
  if (unique.length === 0) return { 'zh-CN': '必要信息', 'en-US': 'some facts' };
  const named = unique.map(labelOf);
  return {
    'zh-CN': named.map(([zh]) => zh).join('、'),
    'en-US': named.map(([, en]) => en).join(', '),
  };
}
