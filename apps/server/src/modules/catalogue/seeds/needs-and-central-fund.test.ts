import { join } from 'node:path';
import type { Call, GuideNode } from '@yanzhen/domain';
import { describe, expect, it } from 'vitest';
import { catalogueRoot, findMissingQuotes, readCatalogueFile, readSourceDocument } from '../catalogue-files';

const name = '004-longquan-2024-needs-and-central-fund.yaml';
const file = readCatalogueFile(join(catalogueRoot, 'calls', name));

function callById(id: string): Call {
  const call = file.calls.find((c) => c.id === id);
  if (!call) throw new Error(`no call ${id}`);
  return call;
}

function flatten(nodes: GuideNode[]): GuideNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function nodeByCode(call: Call, code: string): GuideNode {
  const node = flatten(call.nodes).find((n) => n.code === code);
  if (!node) throw new Error(`no node ${code} in ${call.id}`);
  return node;
}

function form(call: Call, code: string) {
  const f = call.forms.find((x) => x.code === code);
  if (!f) throw new Error(`no form ${code} in ${call.id}`);
  return f;
}

function field(call: Call, formCode: string, key: string) {
  const f = form(call, formCode).fields.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key} in form ${formCode}`);
  return f;
}

function requirement(call: Call, id: string) {
  const r = call.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no requirement ${id} in ${call.id}`);
  return r;
}

const needs = callById('longquan-2024-needs-collection');
const fund = callById('zj-2024-central-guidance-fund');

describe(name, () => {
  it('parses and quotes only words of its source', () => {
    expect(file.sourceDocument).toBe('004_5c767020485e870f.txt');
    expect(findMissingQuotes(file, readSourceDocument(file.sourceDocument))).toEqual([]);
  });

  it('holds the needs collection and the embedded central-fund call', () => {
    expect(file.calls.map((c) => c.id)).toEqual([
      'longquan-2024-needs-collection',
      'zj-2024-central-guidance-fund',
    ]);
    expect(needs.kind).toBe('needsCollection');
    expect(needs.issuer).toBe('龙泉市科学技术局');
    expect(needs.issueDate).toBe('2024-03-14');
    expect(needs.programme.id).toBe('longquan-science-plan');
    expect(fund.kind).toBe('call');
    expect(fund.embeddedIn).toBe(needs.id);
    expect(fund.issuer).toBe('浙江省科学技术厅');
    expect(fund.issueDate).toBe('2024-03-13');
    expect(fund.programme).toMatchObject({ id: 'central-guidance-fund', name: '中央引导地方科技发展资金' });
    for (const call of file.calls) expect(call.sourceDocument).toBe(file.sourceDocument);
  });

  it('records an interpretation for every source ref that carries one, in both calls', () => {
    for (const call of file.calls) {
      expect(call.interpretations.length).toBeGreaterThan(0);
      for (const i of call.interpretations) {
        expect(i.quote.length).toBeGreaterThan(0);
        expect(i.reason.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('龙泉市 needs collection', () => {
  it('has the seven focus fields and their twenty directions', () => {
    expect(needs.nodes.map((n) => n.name)).toEqual([
      '互联网+',
      '新材料',
      '生命健康',
      '碳达峰碳中和',
      '热管理',
      '农业科技',
      '其他国民经济和社会发展的重大科技需求',
    ]);
    expect(needs.nodes.every((n) => n.kind === 'category')).toBe(true);
    expect(needs.nodes.map((n) => n.children.length)).toEqual([3, 3, 5, 5, 1, 3, 0]);
    const directions = flatten(needs.nodes).filter((n) => n.kind === 'direction');
    expect(directions).toHaveLength(20);
    expect(nodeByCode(needs, '3.5').name).toBe('高端医疗器械');
    expect(nodeByCode(needs, '6.2').name).toBe('主要农作物新品种引育');
    expect(nodeByCode(needs, '5.1').name).toBe('传统汽车和新能源汽车零部件及相关方向');
  });

  it('marks the three 科创高地', () => {
    const highlands = needs.nodes
      .filter((n) => n.specialRules.includes('三大科创高地之一'))
      .map((n) => n.name);
    expect(highlands).toEqual(['互联网+', '新材料', '生命健康']);
  });

  it('reads the deadline 4月15日前 as the end of that day and names the contact', () => {
    expect(needs.submissionWindow).toEqual({ start: null, end: '2024-04-15T23:59:59+08:00' });
    expect(needs.recommendationDeadline).toBeNull();
    expect(needs.contacts).toEqual([expect.objectContaining({ name: '孙亮', email: '2191290347@qq.com' })]);
    expect(needs.interpretations.some((i) => i.field === 'submissionWindow.end')).toBe(true);
  });

  it('lists the ten process steps in order, then the ten support channels', () => {
    expect(needs.processSteps.slice(0, 10)).toEqual([
      '需求征集',
      '编制申报指南（制定榜单）',
      '发布申报通知（发榜）',
      '组织申报（揭榜）',
      '形式审核（主体和格式）',
      '专家评审（网评和现场答辩）',
      '立项',
      '签订合同',
      '下达第一期资金',
      '启动实施',
    ]);
    const channels = needs.processSteps.slice(10);
    expect(channels).toHaveLength(10);
    expect(channels.every((s) => s.startsWith('立项支持方式'))).toBe(true);
    expect(channels[0]).toContain('省级中央引导资金项目');
    expect(channels.some((s) => s.includes('浙江大学龙泉创新中心科研项目'))).toBe(true);
    expect(channels.some((s) => s.includes('龙泉市市校合作科创中心科研项目'))).toBe(true);
  });

  it('requires a Word file and a stamped scan of the needs form', () => {
    expect(needs.requiredAttachments.map((a) => a.code)).toEqual(['needsFormWord', 'needsFormStampedScan']);
    const kinds = needs.requirements.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'requiredAttachment')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'manual')).toHaveLength(3);
    expect(needs.quotas).toEqual([]);
  });

  it('has the provincial needs table with every domain and direction option', () => {
    expect(needs.forms.map((f) => f.code)).toEqual([
      'provincialNeedsForm',
      'enterpriseNeedsForm',
      'authorityNeedsForm',
    ]);
    expect(field(needs, 'provincialNeedsForm', 'keyDomain').options).toEqual([
      '互联网+',
      '新材料',
      '生命健康',
      '碳达峰碳中和',
      '海洋科技',
      '农业科技',
    ]);
    const directionFields = form(needs, 'provincialNeedsForm').fields.filter((f) =>
      f.key.startsWith('direction'),
    );
    expect(directionFields.map((f) => f.options.length)).toEqual([7, 4, 5, 6, 4, 3]);
    expect(directionFields.flatMap((f) => f.options)).toHaveLength(29);
    expect(field(needs, 'provincialNeedsForm', 'directionInternetPlus').options).toContain(
      '智能装备（工业机器人、数控机床、激光与增材制造装备）',
    );
    expect(field(needs, 'provincialNeedsForm', 'directionCarbon').options).toContain(
      '二氧化碳捕集利用与封存（CCUS）',
    );
    const level = field(needs, 'provincialNeedsForm', 'targetLevel');
    expect(level.type).toBe('multiselect');
    expect(level.options).toHaveLength(5);
    expect(field(needs, 'provincialNeedsForm', 'researchPeriod').options).toEqual(['1年', '2年', '3年']);
    expect(field(needs, 'provincialNeedsForm', 'platformBaseLevel').options).toEqual([
      '国家级',
      '部级',
      '省级',
      '市级',
    ]);
    expect(field(needs, 'provincialNeedsForm', 'talentTeamLevel').options).toEqual([
      '国家级',
      '部级',
      '省级',
      '市级',
    ]);
    expect(field(needs, 'provincialNeedsForm', 'proposedTotalRdInvestment')).toMatchObject({
      type: 'money',
      unit: '万元',
    });
    expect(field(needs, 'provincialNeedsForm', 'potentialUsers').columns.map((c) => c.label)).toEqual([
      '单位',
      '联系人',
      '联系方式',
    ]);
  });

  it('has the two city forms with their limits and options', () => {
    expect(field(needs, 'enterpriseNeedsForm', 'needDescription').maxLength).toBe(500);
    expect(
      form(needs, 'enterpriseNeedsForm').fields.filter((f) => f.label.startsWith('期望达到的目标')),
    ).toHaveLength(4);
    expect(field(needs, 'enterpriseNeedsForm', 'region').options).toEqual(['龙泉市']);
    expect(field(needs, 'authorityNeedsForm', 'background').maxLength).toBe(500);
    expect(field(needs, 'authorityNeedsForm', 'mainRdContent').maxLength).toBe(500);
    expect(field(needs, 'authorityNeedsForm', 'plannedProgrammeCategory').options).toEqual([
      '公益性技术应用研究自筹类项目',
      '其他',
    ]);
  });
});

describe('浙江省 2024 central guidance fund', () => {
  it('has the three support directions with their caps under one root group', () => {
    expect(fund.nodes).toHaveLength(1);
    const root = fund.nodes[0];
    expect(root?.kind).toBe('group');
    const categories = root?.children ?? [];
    expect(categories.map((c) => [c.code, c.name, c.fundingCapWan])).toEqual([
      ['1', '区域科技创新体系建设', 300],
      ['2', '科技创新基地建设', 500],
      ['3', '科技成果转移转化', 200],
    ]);
    for (const c of categories) {
      expect(c.kind).toBe('category');
      expect(c.kpis).toHaveLength(8);
      const cap = c.requirements.find((r) => r.kind === 'fundingCap');
      expect(cap?.kind === 'fundingCap' && cap.params.maxWan).toBe(c.fundingCapWan);
    }
    expect(nodeByCode(fund, '3').priorityFields).toEqual(['中试基地', '概念验证中心', '技术转移转化中心']);
    expect(nodeByCode(fund, '1').kpis.map((k) => k.text)).toContain('科技帮扶支撑乡村振兴项目数量');
  });

  it('fixes the implementation period to 2024-06-01 … 2026-05-31', () => {
    expect(nodeByCode(fund, 'CGF').durationYears).toEqual({ min: 2, max: 2 });
    const d = requirement(fund, 'duration');
    expect(d.kind).toBe('duration');
    if (d.kind === 'duration') {
      expect(d.params).toEqual({ exactYears: 2, startDate: '2024-06-01', endDate: '2026-05-31' });
    }
  });

  it('carries the twenty indicators of the performance table with their levels', () => {
    const kpis = nodeByCode(fund, 'CGF').kpis;
    expect(kpis).toHaveLength(20);
    const count = (l1: string, l2: string) => kpis.filter((k) => k.level1 === l1 && k.level2 === l2).length;
    expect(count('产出指标', '数量指标')).toBe(7);
    expect(count('产出指标', '时效指标')).toBe(1);
    expect(count('效益指标', '经济效益指标')).toBe(7);
    expect(count('效益指标', '社会效益指标')).toBe(4);
    expect(count('满意度指标', '服务对象满意度')).toBe(1);
    expect(kpis.find((k) => k.text === '资金使用及时率')?.unit).toBe('%');
    expect(kpis.find((k) => k.text === '通过项目实施预期可增加的销售收入')?.unit).toBe('万元');
    expect(kpis.every((k) => k.min === null)).toBe(true);
  });

  it('encodes the self-funding ratios', () => {
    const r = requirement(fund, 'self-funding-ratio');
    expect(r.kind).toBe('selfFundingRatio');
    if (r.kind !== 'selfFundingRatio') return;
    const rules = r.params.rules;
    expect(rules).toContainEqual({ leadTypes: ['enterprise'], minShareOfTotal: 0.8 });
    expect(rules).toContainEqual(
      expect.objectContaining({ requiresEnterprisePartner: true, minMultipleOfPublic: 1 }),
    );
    expect(rules).toContainEqual({
      leadTypes: ['enterprise'],
      sectors: ['agriculture'],
      minShareOfTotal: 0.6,
    });
    expect(rules).toContainEqual({ countyClasses: ['mountainCounty', 'islandCounty'], minShareOfTotal: 0.6 });
    expect(rules.filter((x) => x.minShareOfTotal === 0.6)).toHaveLength(3);
  });

  it('encodes the applicant and PI rules', () => {
    const lead = requirement(fund, 'lead-type');
    expect(lead).toMatchObject({
      kind: 'leadType',
      severity: 'blocking',
      params: { inProvince: '浙江省', independentLegalPerson: true, excludeGovernment: true },
    });
    expect(requirement(fund, 'single-recommender').kind).toBe('singleRecommender');
    expect(requirement(fund, 'pi-retirement')).toMatchObject({
      kind: 'piRetirement',
      params: { academicianAge: 70, commitmentAttachment: 'retirementCommitment' },
    });
    expect(fund.requiredAttachments.map((a) => a.code)).toContain('retirementCommitment');
    expect(requirement(fund, 'pi-ongoing-central-fund')).toMatchObject({
      kind: 'piConcurrentProjects',
      params: { noOngoingProgrammes: ['central-guidance-fund'] },
    });
    expect(requirement(fund, 'pi-same-year-provincial').kind).toBe('piConcurrentProjects');
    expect(requirement(fund, 'no-indirect-costs')).toMatchObject({
      kind: 'expression',
      severity: 'blocking',
    });
  });

  it('has every quota: ten cities (no 宁波), universities, institutes, 浙大, 卫健委, 国资委 and the incentives', () => {
    const cities = fund.quotas.filter((q) => q.scope === 'recommender' && q.holder.endsWith('市'));
    expect(cities.map((q) => [q.holder, q.limit])).toEqual([
      ['杭州市', 15],
      ['温州市', 12],
      ['嘉兴市', 12],
      ['绍兴市', 12],
      ['湖州市', 10],
      ['金华市', 10],
      ['丽水市', 10],
      ['衢州市', 10],
      ['台州市', 10],
      ['舟山市', 6],
    ]);
    expect(cities.reduce((sum, q) => sum + (q.limit ?? 0), 0)).toBe(107);
    expect(fund.quotas.some((q) => q.holder.includes('宁波'))).toBe(false);
    expect(fund.interpretations.some((i) => i.field === 'quotas' && i.interpretation.includes('宁波'))).toBe(
      true,
    );

    const byHolder = (h: string) => fund.quotas.find((q) => q.holder === h);
    expect(byHolder('每所省属本科高校')).toMatchObject({ scope: 'university', limit: 2 });
    expect(byHolder('每家省属科研院所')).toMatchObject({ scope: 'institute', limit: 1 });
    expect(byHolder('浙江大学（附属医院）')?.limit).toBe(12);
    expect(byHolder('省卫健委（除浙江大学附属医院）')?.limit).toBe(10);
    expect(byHolder('国资委')?.limit).toBe(10);

    const city = fund.quotas.find((q) => q.scope === 'incentiveCity');
    const county = fund.quotas.find((q) => q.scope === 'incentiveCounty');
    expect(city).toMatchObject({ limit: 4, moneyCapWan: 1000, excludedFromQuota: true });
    expect(county).toMatchObject({ limit: 2, moneyCapWan: 500, excludedFromQuota: true });
    expect(fund.quotas).toHaveLength(17);
    expect(fund.quotas.filter((q) => !q.excludedFromQuota)).toHaveLength(15);
  });

  it('has the submission and recommendation deadlines', () => {
    expect(fund.submissionWindow).toEqual({
      start: '2024-03-18T00:00:00+08:00',
      end: '2024-03-22T17:30:00+08:00',
    });
    expect(fund.recommendationDeadline).toBe('2024-03-25T17:30:00+08:00');
    expect(fund.interpretations.map((i) => i.field)).toEqual(
      expect.arrayContaining(['submissionWindow.start', 'recommendationDeadline']),
    );
    expect(fund.contacts.map((c) => c.phone)).toEqual([
      '0571-87051059',
      '0571-85118011',
      '0571-87054743',
      '0571-87054693',
    ]);
  });

  it('has the suggestion table and the three-level performance table', () => {
    expect(fund.forms.map((f) => f.code)).toEqual(['projectSuggestionTable', 'performanceTargetTable']);
    expect(field(fund, 'projectSuggestionTable', 'projects').columns.map((c) => c.label)).toEqual([
      '序号',
      '项目名称',
      '承担单位',
      '主要支持内容',
      '相关领域',
      '拟支持经费(万元)',
      '自筹经费（万元）',
    ]);
    const table = field(fund, 'performanceTargetTable', 'performanceIndicators');
    expect(table.type).toBe('table');
    expect(table.columns.map((c) => c.label)).toEqual(['一级指标', '二级指标', '三级指标', '指标值']);
    expect(table.columns[0]?.options).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(table.columns[1]?.options).toHaveLength(5);
    expect(table.columns[2]?.options).toHaveLength(20);
    expect(table.columns[2]?.options).toEqual(nodeByCode(fund, 'CGF').kpis.map((k) => k.text));
  });

  it('lists the required attachments', () => {
    expect(fund.requiredAttachments.filter((a) => a.required).map((a) => a.code)).toEqual([
      'performanceTargetTable',
      'projectSuggestionTable',
      'recommendationLetter',
      'recommendationSummary',
      'recommenderCommitment',
    ]);
    expect(fund.requiredAttachments.filter((a) => !a.required).map((a) => a.code)).toEqual([
      'piAuthorisationLetter',
      'retirementCommitment',
    ]);
  });
});
