import { join } from 'node:path';
import type { Call, CatalogueFile, GuideNode, Requirement } from '@yanzhen/domain';
import { describe, expect, it } from 'vitest';
import { catalogueRoot, findMissingQuotes, readCatalogueFile, readSourceDocument } from '../catalogue-files';

const load = (name: string): CatalogueFile => readCatalogueFile(join(catalogueRoot, 'calls', name));

const files = {
  y2024: '000-zj-2024-intl-preparatory.yaml',
  y2026: '001-zj-2026-cooperation-guide.yaml',
  y2025: '002-zj-2025-cooperation.yaml',
} as const;

function walk(nodes: GuideNode[]): GuideNode[] {
  return nodes.flatMap((n) => [n, ...walk(n.children)]);
}
const allNodes = (call: Call) => walk(call.nodes);
const directions = (call: Call) => allNodes(call).filter((n) => n.kind === 'direction');
const node = (call: Call, code: string): GuideNode => {
  const found = allNodes(call).find((n) => n.code === code);
  if (!found) throw new Error(`no node ${code}`);
  return found;
};
const reqs = <K extends Requirement['kind']>(nodeOrCall: { requirements: Requirement[] }, kind: K) =>
  nodeOrCall.requirements.filter((r): r is Extract<Requirement, { kind: K }> => r.kind === kind);
const allRequirements = (call: Call) => [
  ...call.requirements,
  ...allNodes(call).flatMap((n) => n.requirements),
];
const byCountry = (call: Call, code: string) =>
  directions(call).filter((d) => d.countryOrRegion?.code === code);

describe.each(Object.values(files))('%s (shared invariants)', (name) => {
  const file = load(name);
  const call = file.calls[0]!;

  it('has exactly one call of the programme, quoting only its source', () => {
    expect(file.calls).toHaveLength(1);
    expect(call.programme).toEqual({
      id: 'zj-jianbing-lingyan',
      name: '浙江省"尖兵""领雁"研发攻关计划',
      nameEn: 'Zhejiang "Pioneer" and "Leading Goose" R&D Programme',
      authority: '浙江省科学技术厅',
    });
    expect(call.sourceDocument).toBe(file.sourceDocument);
    expect(findMissingQuotes(file, readSourceDocument(file.sourceDocument))).toEqual([]);
  });

  it('uses unique node codes and gives every node an English name and a sourced name', () => {
    const codes = allNodes(call).map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const n of allNodes(call)) {
      expect(n.nameEn, n.code).toBeTruthy();
      expect(n.sources.name?.quote, n.code).toBeTruthy();
    }
  });

  it('gives every requirement a bilingual message, a quote and a location', () => {
    for (const r of allRequirements(call)) {
      expect(r.message?.['zh-CN'], r.id).toBeTruthy();
      expect(r.message?.['en-US'], r.id).toBeTruthy();
      expect(r.quote.length).toBeGreaterThan(0);
      expect(r.location.length).toBeGreaterThan(0);
    }
  });

  it('states foreign deadlines consistently and uses ISO country codes', () => {
    for (const d of allNodes(call)) {
      if (d.foreignDeadline?.status === 'date') {
        expect(d.foreignDeadline.date, d.code).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+08:00$/);
        expect(d.sources.foreignDeadline?.interpretation, d.code).toBeTruthy();
      } else if (d.foreignDeadline) {
        expect(d.foreignDeadline.date, d.code).toBeUndefined();
      }
      if (d.countryOrRegion) expect(d.countryOrRegion.code, d.code).toMatch(/^[A-Z]{2}$/);
      if (d.foreignUrl) expect(d.foreignUrl, d.code).toMatch(/^https:\/\/\S+$/);
      // A bilateral direction names the partner agency; a unilateral one has no partner deadline.
      if (d.bilateral === true && d.kind === 'direction') expect(d.foreignAgency, d.code).toBeTruthy();
      if (d.bilateral === false) expect(d.foreignDeadline?.status ?? 'notApplicable').toBe('notApplicable');
    }
  });

  it('records every interpretation with its reason', () => {
    expect(call.interpretations.length).toBeGreaterThan(0);
    for (const i of call.interpretations) {
      expect(i.field && i.quote && i.interpretation && i.reason).toBeTruthy();
    }
  });
});

describe('2024 preparatory notice (000)', () => {
  const call = load(files.y2024).calls[0]!;

  it('is a preparatory notice issued in 2023 for the 2024 programme year, with no window', () => {
    expect(call.id).toBe('zj-2024-intl-preparatory');
    expect(call.kind).toBe('preparatoryNotice');
    expect(call.year).toBe(2024);
    expect(call.issueDate).toBe('2023-05-08');
    expect(call.submissionWindow).toEqual({ start: null, end: null });
    expect(call.recommendationDeadline).toBeNull();
    expect(call.interpretations.map((i) => i.field)).toContain('submissionWindow');
  });

  it('has three project types with 5 + 2 directions and a leaf third type', () => {
    expect(call.nodes.map((n) => n.code)).toEqual(['1', '2', '3']);
    expect(node(call, '1').children.map((c) => c.name)).toEqual([
      '芬兰',
      '以色列',
      '挪威',
      '新加坡',
      '比利时西弗兰德省',
    ]);
    expect(node(call, '2').children.map((c) => c.name)).toEqual(['英国中部引擎地区', '捷克']);
    expect(directions(call)).toHaveLength(8);
    expect(node(call, '1').bilateral).toBe(true);
    expect(node(call, '2').bilateral).toBe(false);
  });

  it('reads the partner deadlines, including 8月底 and 待双方商定', () => {
    expect(node(call, '1.1').foreignDeadline?.date).toBe('2023-09-22T23:59:59+08:00');
    expect(node(call, '1.2').foreignDeadline?.date).toBe('2023-09-11T23:59:59+08:00');
    expect(node(call, '1.4').foreignDeadline).toMatchObject({
      status: 'date',
      date: '2023-08-31T23:59:59+08:00',
    });
    expect(node(call, '1.3').foreignDeadline?.status).toBe('toBeAgreed');
    expect(node(call, '1.5').foreignDeadline?.status).toBe('toBeAgreed');
  });

  it('repairs the Norwegian URL and records why', () => {
    expect(node(call, '1.3').foreignUrl).toBe('https://www.innovasjonnorge.no/en/start-page/');
    expect(node(call, '1.3').sources.foreignUrl?.interpretation).toBeTruthy();
    expect(call.interpretations.some((i) => i.field === 'nodes[1.3].foreignUrl')).toBe(true);
  });

  it('keeps the fields, agencies and regions of each direction', () => {
    expect(node(call, '1.1').priorityFields).toEqual(['碳减排', '医疗健康', '工业数字化', '循环经济']);
    expect(node(call, '1.2').priorityFields).toHaveLength(11);
    expect(node(call, '1.4').priorityFields).toHaveLength(6);
    expect(node(call, '1.5').countryOrRegion).toMatchObject({ code: 'BE', subRegions: ['西弗兰德省'] });
    expect(node(call, '2.1').countryOrRegion?.subRegions).toHaveLength(11);
    expect(node(call, '2.2').priorityFields).toEqual([
      '信息通信',
      '生物医药',
      '装备制造',
      '新能源',
      '新材料',
    ]);
    expect(node(call, '1.1').specialRules[0]).toContain('长三角');
    expect(node(call, '1.4').specialRules[0]).toContain('长三角');
    expect(reqs(node(call, '1.3'), 'manual')[0]?.quote).toContain('欧盟分类方案');
  });

  it('states the money, duration and lead rules of 三、其他事项', () => {
    expect(reqs(call, 'fundingCap')[0]?.params).toEqual({ maxWan: 150 });
    expect(reqs(call, 'fundingShareOfRdInvestment')[0]?.params).toEqual({
      maxShare: 0.2,
      appliesToLeadTypes: ['enterprise'],
    });
    expect(reqs(call, 'duration')[0]).toMatchObject({
      params: { minYears: 2, maxYears: 3 },
      severity: 'warning',
    });
    expect(reqs(call, 'leadType')[0]?.params).toMatchObject({
      allowed: ['enterprise'],
      inProvince: '浙江省',
    });
    for (const n of call.nodes) {
      expect(n.fundingCapWan).toBe(150);
      expect(n.durationYears).toEqual({ min: 2, max: 3 });
      expect(n.organisationMode).toBe('competitive');
    }
  });

  it('keeps the projects out of the quota', () => {
    expect(call.quotas).toHaveLength(1);
    expect(call.quotas[0]).toMatchObject({ excludedFromQuota: true, limit: null });
  });

  it('requires a cooperation agreement with a Global 500 R&D partner for the third type', () => {
    const third = node(call, '3');
    expect(third.kind).toBe('direction');
    expect(third.requiredAttachments.map((a) => a.code)).toEqual(['cooperationAgreement']);
    expect(reqs(third, 'requiredAttachment')[0]?.params).toEqual({ attachment: 'cooperationAgreement' });
    expect(reqs(third, 'manual').some((r) => r.quote.includes('世界500强'))).toBe(true);
  });

  it('encodes the bilingual partner-search form with all 14 fields', () => {
    expect(call.forms).toHaveLength(1);
    const form = call.forms[0]!;
    expect(form).toMatchObject({ code: 'partnerSearch', bilingual: true });
    expect(form.fields).toHaveLength(14);
    for (const f of form.fields) {
      expect(f.label).toBeTruthy();
      expect(f.labelEn).toBeTruthy();
    }
    expect(form.fields.find((f) => f.key === 'contactEmail')?.type).toBe('email');
    expect(form.fields.find((f) => f.key === 'orgWebsite')?.type).toBe('url');
    expect(form.fields.map((f) => f.label)).toContain('合作具体需求');
  });

  it('lists both contacts', () => {
    expect(call.contacts.map((c) => c.phone)).toEqual(['0571-87051070', '0571-87978953']);
    expect(call.contacts[1]?.email).toBe('chensy@zjinfo.gov.cn');
  });
});

describe('2025 call (002)', () => {
  const call = load(files.y2025).calls[0]!;

  it('has the dated window and recommendation deadline of 2024', () => {
    expect(call.id).toBe('zj-2025-cooperation');
    expect(call.kind).toBe('call');
    expect(call.issueDate).toBe('2024-09-03');
    expect(call.submissionWindow).toEqual({
      start: '2024-09-05T00:00:00+08:00',
      end: '2024-09-20T17:30:00+08:00',
    });
    expect(call.recommendationDeadline).toBe('2024-09-24T17:30:00+08:00');
    expect(call.interpretations.map((i) => i.field)).toEqual(
      expect.arrayContaining(['submissionWindow.start', 'submissionWindow.end', 'recommendationDeadline']),
    );
    expect(call.contacts).toHaveLength(4);
  });

  it('has 2 categories, 2 + 1 subcategories and 9 directions', () => {
    expect(call.nodes.map((n) => n.name)).toEqual(['国际科技合作项目', '对口支援与协作项目']);
    expect(node(call, '1').children.map((c) => c.code)).toEqual(['1.1', '1.2']);
    expect(node(call, '1.1').children).toHaveLength(4);
    expect(node(call, '1.2').children).toHaveLength(4);
    expect(directions(call)).toHaveLength(9);
    expect(node(call, '2.1').kind).toBe('direction');
  });

  it('marks Finland, Israel and Norway bilateral and the Midlands unilateral', () => {
    const bilateral = node(call, '1.1').children.filter((c) => c.bilateral);
    expect(bilateral.map((c) => c.countryOrRegion?.code)).toEqual(['FI', 'IL', 'NO']);
    for (const c of bilateral) expect(reqs(c, 'bilateralSubmission')[0]?.params).toEqual({ bilateral: true });
    expect(node(call, '1.1.4')).toMatchObject({
      bilateral: false,
      foreignDeadline: { status: 'notApplicable' },
    });
    expect(node(call, '1.1.4').countryOrRegion?.subRegions).toHaveLength(11);
  });

  it('reads the partner deadlines and the Finnish agency discrepancy', () => {
    expect(node(call, '1.1.1').foreignDeadline?.date).toBe('2024-09-25T23:59:59+08:00');
    expect(node(call, '1.1.2').foreignDeadline?.date).toBe('2024-10-30T23:59:59+08:00');
    expect(node(call, '1.1.3').foreignDeadline?.date).toBe('2024-09-25T23:59:59+08:00');
    expect(node(call, '1.1.1').foreignAgency).toBe('芬兰国家商务促进局');
    expect(call.interpretations.some((i) => i.quote.includes('芬兰创新资金署'))).toBe(true);
    expect(node(call, '1.1.2').priorityFields).toHaveLength(13);
    expect(node(call, '1.1.2').priorityFields).toEqual(expect.arrayContaining(['生物融合', '气候技术']));
  });

  it('caps funding at 150 / 60 wan and suggests 40-60 wan for paired assistance', () => {
    expect(node(call, '1').fundingCapWan).toBe(150);
    expect(node(call, '2').fundingCapWan).toBe(60);
    expect(reqs(node(call, '1'), 'fundingCap')[0]?.params).toEqual({ maxWan: 150 });
    expect(reqs(node(call, '2'), 'fundingCap')[0]?.params).toEqual({ maxWan: 60 });
    expect(node(call, '2.1').fundingRangeWan).toEqual({ min: 40, max: 60 });
    expect(reqs(node(call, '2.1'), 'fundingRange')[0]?.params).toEqual({ minWan: 40, maxWan: 60 });
    expect(reqs(node(call, '2'), 'aidTransferShare')[0]?.params).toEqual({ maxShareOfPublic: 0.5 });
    for (const code of ['1', '2']) expect(node(call, code).durationYears).toEqual({ max: 3 });
  });

  it('keeps the paired-assistance rules', () => {
    const aid = node(call, '2.1');
    expect(reqs(aid, 'piOnSiteDays')[0]?.params).toEqual({ minDaysPerYear: 15 });
    expect(reqs(aid, 'leadType')[0]?.params.allowed).toEqual([
      'enterprise',
      'university',
      'researchInstitute',
    ]);
    expect(aid.countryOrRegion?.subRegions).toHaveLength(6);
    expect(node(call, '2').requiredAttachments.map((a) => a.code)).toEqual([
      'aidRecommendationLetter',
      'cooperationAgreement',
    ]);
  });

  it('has the two quotas: none for the field, one per carrier', () => {
    expect(call.quotas).toHaveLength(2);
    expect(call.quotas[0]).toMatchObject({ excludedFromQuota: true, limit: null, appliesTo: [] });
    expect(call.quotas[1]).toMatchObject({ scope: 'carrier', limit: 1, appliesTo: ['1.2'] });
  });

  it('asks for integrity pledges from organisations and people, and the recommender uploads', () => {
    const pledges = reqs(call, 'requiredAttachment').map((r) => r.params);
    expect(pledges).toEqual([
      { attachment: 'integrityPledge', perOrganisation: true },
      { attachment: 'integrityPledge', perKeyPerson: true },
    ]);
    expect(call.requiredAttachments.map((a) => a.code)).toEqual([
      'integrityPledge',
      'recommendationLetter',
      'recommendationSummary',
      'recommenderPledge',
    ]);
  });

  it('reads the garbled aid-location brackets', () => {
    expect(node(call, '2.1').countryOrRegion?.subRegions[0]).toBe(
      '新疆阿克苏地区（含新疆生产建设兵团农一师）',
    );
    expect(call.interpretations.some((i) => i.field === 'nodes[2.1].countryOrRegion.subRegions')).toBe(true);
  });
});

describe('2026 guide (001)', () => {
  const call = load(files.y2026).calls[0]!;

  it('is a guide with no window, issue date or contacts in the text', () => {
    expect(call.id).toBe('zj-2026-cooperation-guide');
    expect(call.kind).toBe('guide');
    expect(call.year).toBe(2026);
    expect(call.issueDate).toBeNull();
    expect(call.submissionWindow).toEqual({ start: null, end: null });
    expect(call.interpretations.map((i) => i.field)).toEqual(
      expect.arrayContaining(['submissionWindow', 'issueDate', 'nodes[2].code']),
    );
  });

  it('has 2 categories, 3 + 4 subcategories and 15 directions with 10 themes', () => {
    expect(call.nodes.map((n) => n.code)).toEqual(['1', '2']);
    expect(node(call, '1').children.map((c) => c.code)).toEqual(['1.1', '1.2', '1.3']);
    expect(node(call, '2').children.map((c) => c.name)).toEqual([
      '新疆科技对口支援项目',
      '四川、重庆科技合作项目',
      '青海科技对口支援项目',
      '西藏科技对口支援项目',
    ]);
    expect(node(call, '1.1').children).toHaveLength(7);
    expect(node(call, '1.2').children).toHaveLength(3);
    expect(directions(call)).toHaveLength(15);
    expect(allNodes(call).filter((n) => n.kind === 'theme')).toHaveLength(10);
  });

  it('has five bilateral partners and two unilateral ones (Finland, Hong Kong)', () => {
    const gov = node(call, '1.1').children;
    expect(gov.filter((c) => c.bilateral).map((c) => c.countryOrRegion?.code)).toEqual([
      'NO',
      'SG',
      'BE',
      'IL',
      'TH',
    ]);
    expect(gov.filter((c) => c.bilateral === false).map((c) => c.countryOrRegion?.code)).toEqual([
      'FI',
      'HK',
    ]);
    expect(node(call, '1.1.1').foreignDeadline?.date).toBe('2025-09-25T23:59:59+08:00');
    expect(node(call, '1.1.3').foreignDeadline?.date).toBe('2025-08-31T23:59:59+08:00');
    expect(node(call, '1.1.4').foreignDeadline?.date).toBe('2025-07-03T23:59:59+08:00');
    expect(node(call, '1.1.2').foreignDeadline?.status).toBe('toBeDecided');
    expect(node(call, '1.1.5').foreignDeadline?.status).toBe('toBeDecided');
    expect(node(call, '1.1.2').priorityFields).toHaveLength(7);
    expect(node(call, '1.1.7').priorityFields).toHaveLength(7);
  });

  it('commissions the first two platform directions and opens the third', () => {
    expect(node(call, '1.2.1').organisationMode).toBe('commissioned');
    expect(node(call, '1.2.2').organisationMode).toBe('commissioned');
    expect(node(call, '1.2.3').organisationMode).toBe('competitive');
    expect(node(call, '1.1').organisationMode).toBe('competitive');
    expect(node(call, '1.3').applicantTypes).toEqual([
      'enterprise',
      'university',
      'researchInstitute',
      'medicalInstitution',
    ]);
  });

  it('states every quota: none, 2 centres, 5 labs, each carrier, the system-published ones', () => {
    expect(call.quotas).toHaveLength(11);
    expect(call.quotas.filter((q) => q.scope === 'centre')).toHaveLength(2);
    expect(call.quotas.filter((q) => q.appliesTo.includes('1.2.2'))).toHaveLength(5);
    expect(call.quotas.filter((q) => q.limit === 1)).toHaveLength(8);
    expect(call.quotas.find((q) => q.appliesTo.includes('1.1'))).toMatchObject({
      scope: 'none',
      excludedFromQuota: true,
    });
    expect(call.quotas.find((q) => q.combined)).toMatchObject({
      appliesTo: ['2.1', '2.2', '2.3', '2.4'],
      limit: null,
    });
  });

  it('caps funding at 150 / 60 wan over 3 years and keeps the paired-assistance rules', () => {
    expect(node(call, '1').fundingCapWan).toBe(150);
    expect(node(call, '2').fundingCapWan).toBe(60);
    expect(node(call, '1').durationYears).toEqual({ max: 3 });
    expect(node(call, '2').durationYears).toEqual({ max: 3 });
    expect(reqs(node(call, '2'), 'piOnSiteDays')[0]?.params).toEqual({ minDaysPerYear: 15 });
    expect(node(call, '2.2').applicantTypes).toEqual(['enterprise', 'university', 'researchInstitute']);
    expect(node(call, '2.4').applicantTypes).toContain('medicalInstitution');
  });

  it('has all 34 paired-assistance KPIs with their minimums', () => {
    const kpis = (code: string) => walk([node(call, code)]).flatMap((n) => n.kpis);
    expect(kpis('2.1')).toHaveLength(15);
    expect(kpis('2.2')).toHaveLength(5);
    expect(kpis('2.3')).toHaveLength(7);
    expect(kpis('2.4')).toHaveLength(7);
    expect(kpis('2')).toHaveLength(34);
    expect(node(call, '2.1.aquaculture').kpis[3]).toMatchObject({ min: 2, unit: '个' });
    expect(node(call, '2.1.medical').kpis[1]).toMatchObject({ min: 20, unit: '人' });
    expect(node(call, '2.4.medical').kpis[2]).toMatchObject({ min: 10, unit: '名' });
    expect(node(call, '2.2').kpis[4]).toMatchObject({ min: 30, unit: '名' });
    const talentTargets = kpis('2').filter((k) => k.text.includes('人才'));
    expect(talentTargets.map((k) => k.min)).toEqual([30, 30, 30, 30, 20]);
  });
});

describe('cross-year comparison', () => {
  const c2024 = load(files.y2024).calls[0]!;
  const c2025 = load(files.y2025).calls[0]!;
  const c2026 = load(files.y2026).calls[0]!;

  it('finds Finland, Israel and Norway in every year under the same code', () => {
    for (const code of ['FI', 'IL', 'NO']) {
      for (const call of [c2024, c2025, c2026])
        expect(byCountry(call, code), `${call.id} ${code}`).toHaveLength(1);
    }
    expect(byCountry(c2024, 'SG')).toHaveLength(1);
    expect(byCountry(c2026, 'SG')).toHaveLength(1);
    expect(byCountry(c2024, 'BE')).toHaveLength(1);
    expect(byCountry(c2026, 'BE')).toHaveLength(1);
    expect(byCountry(c2024, 'GB')).toHaveLength(1);
    expect(byCountry(c2025, 'GB')).toHaveLength(1);
  });

  it('shows Finland turning unilateral in 2026 while its fields stay the same from 2025', () => {
    const fi = [c2024, c2025, c2026].map((c) => byCountry(c, 'FI')[0]!);
    expect(fi.map((d) => d.foreignAgencyEn ?? null)).toEqual(['Business Finland', 'Business Finland', null]);
    expect(fi[1]!.bilateral).toBe(true);
    expect(fi[2]!.bilateral).toBe(false);
    expect(fi[2]!.priorityFields).toEqual(fi[1]!.priorityFields);
  });

  it('names each partner agency the same way in every year', () => {
    for (const code of ['IL', 'NO', 'SG', 'BE']) {
      const agencies = new Set(
        [c2024, c2025, c2026]
          .flatMap((c) => byCountry(c, code))
          .map((d) => `${d.foreignAgency}|${d.foreignAgencyEn}`),
      );
      expect(agencies.size, code).toBe(1);
    }
  });
});
