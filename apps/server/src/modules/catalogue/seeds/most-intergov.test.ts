import { join } from 'node:path';
import type { Call, GuideNode, Requirement } from '@yanzhen/domain';
import { describe, expect, it } from 'vitest';
import { catalogueRoot, findMissingQuotes, readCatalogueFile, readSourceDocument } from '../catalogue-files';

const name = '003-most-2023-intergov-batch1.yaml';
const file = readCatalogueFile(join(catalogueRoot, 'calls', name));
const call: Call = file.calls[0] as Call;

function flatten(nodes: GuideNode[]): GuideNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

const allNodes = flatten(call.nodes);

function node(code: string): GuideNode {
  const n = allNodes.find((x) => x.code === code);
  if (!n) throw new Error(`no node ${code}`);
  return n;
}

function req(code: string, id: string): Requirement {
  const r = node(code).requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no requirement ${id} on ${code}`);
  return r;
}

function reqsOfKind(code: string, kind: Requirement['kind']): Requirement[] {
  return node(code).requirements.filter((r) => r.kind === kind);
}

const top = node('二');
const directions = allNodes.filter((n) => n.kind === 'direction');
const directionCodes = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '2.0',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
];
const sum = (xs: (number | undefined)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

describe(name, () => {
  it('parses and quotes only words of its source', () => {
    expect(file.sourceDocument).toBe('003_6a451016274b1394.txt');
    expect(call.sourceDocument).toBe(file.sourceDocument);
    expect(findMissingQuotes(file, readSourceDocument(file.sourceDocument))).toEqual([]);
  });

  it('describes the call: a MOST guide with no dates of its own', () => {
    expect(file.calls).toHaveLength(1);
    expect(call.id).toBe('most-2023-intergov-batch1');
    expect(call.programme).toEqual({
      id: 'nkrdp-intergov',
      name: '国家重点研发计划"政府间国际科技创新合作"重点专项',
      nameEn: 'National Key R&D Programme: Intergovernmental International S&T Innovation Cooperation',
      authority: '中华人民共和国科学技术部',
    });
    expect(call.issuer).toBe('科学技术部');
    expect(call.year).toBe(2023);
    expect(call.kind).toBe('guide');
    expect(call.issueDate).toBeNull();
    expect(call.documentNumber).toBeNull();
    expect(call.submissionWindow).toEqual({ start: null, end: null });
    expect(call.recommendationDeadline).toBeNull();
    const fields = call.interpretations.map((i) => i.field);
    for (const f of ['issueDate', 'submissionWindow', 'recommendationDeadline', 'requirements']) {
      expect(fields).toContain(f);
    }
    expect(call.forms).toEqual([]);
  });

  it('has the 15 directions in document order, keeping the 2.0–2.5 numbering slip', () => {
    expect(top.kind).toBe('category');
    expect(top.children.map((c) => c.code)).toEqual(directionCodes);
    expect(directions.map((d) => d.code)).toEqual(directionCodes);
    for (const code of ['2.0', '2.1', '2.2', '2.3', '2.4', '2.5']) {
      const ref = node(code).sources.code;
      expect(ref?.interpretation).toMatch(/1\.1[0-5]/);
      expect(call.interpretations.some((i) => i.field === `nodes[${code}].code`)).toBe(true);
    }
  });

  it('adds the per-direction projects and budgets up to the stated batch totals', () => {
    expect(top.plannedProjects).toBe(138);
    expect(top.plannedBudgetWan).toBe(49600);
    for (const d of directions) {
      expect(d.plannedProjects, d.code).toBeGreaterThan(0);
      expect(d.plannedBudgetWan, d.code).toBeGreaterThan(0);
    }
    expect(sum(directions.map((d) => d.plannedProjects))).toBe(138);
    expect(sum(directions.map((d) => d.plannedBudgetWan))).toBe(49600);
    expect(
      Object.fromEntries(directions.map((d) => [d.code, [d.plannedProjects, d.plannedBudgetWan]])),
    ).toEqual({
      '1.1': [10, 3000],
      '1.2': [10, 2000],
      '1.3': [20, 6000],
      '1.4': [6, 13000],
      '1.5': [10, 3000],
      '1.6': [15, 6000],
      '1.7': [4, 1000],
      '1.8': [5, 2000],
      '1.9': [10, 2000],
      '2.0': [6, 600],
      '2.1': [2, 1500],
      '2.2': [15, 3000],
      '2.3': [1, 300],
      '2.4': [4, 200],
      '2.5': [20, 6000],
    });
  });

  it('adds 1.4 up from its two fields and four themes', () => {
    const d = node('1.4');
    expect(d.children.map((c) => [c.code, c.kind])).toEqual([
      ['1.4.FAB', 'group'],
      ['1.4.CCB', 'group'],
    ]);
    const fab = node('1.4.FAB');
    const ccb = node('1.4.CCB');
    expect(fab.children.map((c) => c.kind)).toEqual(['theme', 'theme']);
    expect(ccb.children.map((c) => c.kind)).toEqual(['theme', 'theme']);
    expect([fab.plannedProjects, fab.plannedBudgetWan]).toEqual([2, 7000]);
    expect([ccb.plannedProjects, ccb.plannedBudgetWan]).toEqual([4, 6000]);
    expect(sum(fab.children.map((c) => c.plannedProjects))).toBe(fab.plannedProjects);
    expect(sum(ccb.children.map((c) => c.plannedProjects))).toBe(ccb.plannedProjects);
    expect(sum(ccb.children.map((c) => c.plannedBudgetWan))).toBe(ccb.plannedBudgetWan);
    expect(d.plannedProjects).toBe(sum([fab.plannedProjects, ccb.plannedProjects]));
    expect(d.plannedBudgetWan).toBe(sum([fab.plannedBudgetWan, ccb.plannedBudgetWan]));
    expect(node('1.4.CCB.1').plannedBudgetWan).toBe(3000);
    expect(node('1.4.CCB.2').plannedBudgetWan).toBe(3000);
  });

  it('names 14 partner countries, regions and organisations', () => {
    const partners = new Set<string>();
    for (const d of directions) {
      const c = d.countryOrRegion;
      if (!c) throw new Error(`no partner on ${d.code}`);
      if (c.subRegions.length > 0) for (const s of c.subRegions) partners.add(s);
      else partners.add(c.name);
    }
    expect(partners.size).toBe(14);
    expect(node('1.1').countryOrRegion?.subRegions).toEqual(['英国', '法国', '意大利', '西班牙', '比利时']);
    expect(
      Object.fromEntries(
        directions.filter((d) => d.code !== '1.1').map((d) => [d.code, d.countryOrRegion?.code]),
      ),
    ).toEqual({
      '1.2': 'IT',
      '1.3': 'ES',
      '1.4': 'EU',
      '1.5': 'EU',
      '1.6': 'FI',
      '1.7': 'AT',
      '1.8': 'DE',
      '1.9': 'IL',
      '2.0': 'KR',
      '2.1': 'KR',
      '2.2': 'ZA',
      '2.3': 'ZA',
      '2.4': 'AR',
      '2.5': 'RU',
    });
  });

  it('keeps the sub-topic rule: none except under 1.4, where 3–5 are required', () => {
    const rule = call.requirements.find((r) => r.id === 'no-sub-topics');
    expect(rule?.kind).toBe('expression');
    expect(rule?.quote).toContain('指南方向 1.4 除外');
    const [subTopics, unaffiliated] = reqsOfKind('1.4', 'consortium');
    expect(subTopics?.params).toEqual({
      minSubTopics: 3,
      maxSubTopics: 5,
      maxChineseUnitsPerSubTopic: 5,
      maxChineseUnitsTotal: 10,
    });
    expect(unaffiliated?.params).toEqual({ minUnaffiliatedChineseUnits: 3 });
  });

  it('states every duration, soft where the text says 一般 or 原则上', () => {
    const durations = Object.fromEntries(directions.map((d) => [d.code, d.durationYears]));
    expect(durations).toEqual({
      '1.1': { min: 3, max: 3 },
      '1.2': { min: 2, max: 2 },
      '1.3': { min: 2, max: 3 },
      '1.4': { max: 4 },
      '1.5': { max: 4 },
      '1.6': { max: 3 },
      '1.7': { max: 3 },
      '1.8': { min: 2, max: 3 },
      '1.9': { min: 2, max: 2 },
      '2.0': { max: 3 },
      '2.1': { max: 3 },
      '2.2': { max: 2 },
      '2.3': { max: 2 },
      '2.4': { min: 2, max: 2 },
      '2.5': { max: 2 },
    });
    expect(top.durationYears).toEqual({ min: 2, max: 3 });
    const severity = Object.fromEntries(
      directions.map((d) => [d.code, reqsOfKind(d.code, 'duration').map((r) => r.severity)]),
    );
    expect(severity).toEqual({
      '1.1': ['warning'],
      '1.2': ['blocking'],
      '1.3': ['warning'],
      '1.4': ['warning'],
      '1.5': ['warning'],
      '1.6': ['warning'],
      '1.7': ['warning'],
      '1.8': ['blocking'],
      '1.9': ['blocking'],
      '2.0': ['blocking'],
      '2.1': ['blocking'],
      '2.2': ['warning'],
      '2.3': ['warning'],
      '2.4': ['blocking'],
      '2.5': ['blocking'],
    });
    expect(req('1.1', 'eu-lab-duration').params).toEqual({ exactYears: 3 });
    expect(req('2.4', 'argentina-duration').params).toEqual({ exactYears: 2 });
  });

  it('marks every direction but 1.1 as bilateral, each with its rule', () => {
    for (const d of directions) {
      if (d.code === '1.1') {
        expect(d.bilateral).toBeUndefined();
        expect(reqsOfKind('1.1', 'bilateralSubmission')).toEqual([]);
        continue;
      }
      expect(d.bilateral, d.code).toBe(true);
      expect(reqsOfKind(d.code, 'bilateralSubmission'), d.code).toHaveLength(1);
    }
  });

  it('records foreign agencies and the only foreign deadline the text implies', () => {
    const agencies = Object.fromEntries(directions.map((d) => [d.code, d.foreignAgencyEn]));
    expect(agencies['1.3']).toContain('CDTI');
    expect(agencies['1.6']).toBe('Business Finland');
    expect(agencies['1.7']).toContain('BMK');
    expect(agencies['2.0']).toContain('NRF');
    expect(agencies['2.1']).toContain('KETEP');
    expect(agencies['2.4']).toContain('MINCyT');
    expect(agencies['2.2']).toBeUndefined();
    expect(agencies['2.3']).toBeUndefined();
    expect(node('1.7').foreignAgency).toBe('奥地利联邦气候保护、环境、能源、交通、创新和技术部');
    expect(node('1.3').foreignUrl).toBe('https://sede.cdti.gob.es/');
    expect(node('1.6').foreignUrl).toBe('https://www.businessfinland.fi/');
    expect(node('1.4').foreignDeadline?.status).toBe('toBeDecided');
    for (const d of directions.filter((x) => x.code !== '1.4'))
      expect(d.foreignDeadline, d.code).toBeUndefined();
  });

  it('encodes the 1.1 joint-laboratory rules', () => {
    expect(req('1.1', 'eu-lab-name-pattern').params).toMatchObject({
      description: '中+合作国家简称+研究领域+联合实验室',
    });
    const pattern = new RegExp((req('1.1', 'eu-lab-name-pattern').params as { pattern: string }).pattern);
    expect(pattern.test('中英人工智能联合实验室')).toBe(true);
    expect(pattern.test('中德人工智能联合实验室')).toBe(false);
    expect(req('1.1', 'eu-lab-agreement-date').params).toEqual({
      agreement: 'jointLabAgreement',
      before: '2022-01-01',
    });
    expect(req('1.1', 'eu-lab-one-per-agreement').kind).toBe('onePerAgreement');
    expect(req('1.1', 'eu-lab-foreign-partner-registered').params).toEqual({ minYears: 3 });
    expect(req('1.1', 'eu-lab-countries').params).toEqual({
      expression:
        "size(participants.foreign) > 0 && participants.foreign.all(u, u.countryCode in ['GB', 'FR', 'IT', 'ES', 'BE'])",
    });
    expect(node('1.1').kpis.map((k) => [k.min, k.unit])).toEqual([
      [3, '项'],
      [2, '次'],
      [5, '人'],
    ]);
    expect(node('1.1').requiredAttachments.map((a) => a.code)).toEqual([
      'jointLabAgreement',
      'foreignGovernmentSupportLetter',
      'jointLabCooperationPlan',
      'cooperationAgreement',
      'ipAgreement',
    ]);
    expect(node('1.1').priorityFields).toHaveLength(11);
    const quota = call.quotas.find((q) => q.appliesTo.includes('1.1'));
    expect(quota).toMatchObject({ limit: 1, scope: 'none' });
  });

  it('encodes the EU directions: one Chinese application per Horizon Europe project, TRL ≤ 4 for 1.5', () => {
    expect(req('1.4', 'eu-flagship-one-per-horizon-project').params).toEqual({
      agreement: 'horizonEuropeProject',
    });
    expect(req('1.5', 'eu-general-one-per-horizon-project').params).toEqual({
      agreement: 'horizonEuropeProject',
    });
    expect(reqsOfKind('1.5', 'trlMax').map((r) => r.params)).toEqual([{ max: 4 }]);
    expect(reqsOfKind('1.4', 'trlMax')).toEqual([]);
    expect(req('1.4', 'eu-flagship-matching-funds').params).toEqual({ minMultipleOfPublic: 1 });
    for (const code of ['1.4', '1.5']) {
      expect(node(code).requiredAttachments.map((a) => a.code)).toEqual([
        'horizonEuropeProposal',
        'horizonEuropeProposalTranslation',
      ]);
    }
    expect(call.quotas.map((q) => q.appliesTo)).toEqual([['1.1'], ['1.4'], ['1.5']]);
  });

  it('keeps every KPI of the four 1.4 themes', () => {
    const counts = Object.fromEntries(
      ['1.4.FAB.1', '1.4.FAB.2', '1.4.CCB.1', '1.4.CCB.2'].map((c) => [c, node(c).kpis.length]),
    );
    expect(counts).toEqual({ '1.4.FAB.1': 14, '1.4.FAB.2': 13, '1.4.CCB.1': 14, '1.4.CCB.2': 15 });
    const fab1 = node('1.4.FAB.1').kpis;
    expect(fab1.find((k) => k.text.includes('120人次'))).toMatchObject({ min: 120, unit: '人次' });
    expect(fab1.find((k) => k.text.includes('降低30%以上'))).toMatchObject({ min: 30, unit: '%' });
    expect(node('1.4.FAB.2').kpis.find((k) => k.text.includes('公顷'))).toMatchObject({
      min: 100,
      unit: '公顷',
    });
    expect(node('1.4.CCB.1').kpis.find((k) => k.text.includes('100个国家及地区'))).toMatchObject({
      min: 100,
    });
  });

  it('lists the Finnish fields and topics as groups and themes', () => {
    const fi = node('1.6');
    expect(fi.children.map((c) => [c.code, c.kind, c.children.length])).toEqual([
      ['1.6.1', 'group', 3],
      ['1.6.2', 'group', 6],
      ['1.6.3', 'group', 6],
      ['1.6.4', 'group', 5],
    ]);
    for (const g of fi.children) for (const t of g.children) expect(t.kind).toBe('theme');
    expect(node('1.6.2.1').name).toBe('出行即服务（MaaS）');
    expect(req('1.6', 'finland-consortium').params).toEqual({ minChineseUnits: 1, minForeignUnits: 1 });
    expect(fi.requiredAttachments.map((a) => a.code)).toEqual(['ipAgreement', 'bilateralCooperationForm']);
  });

  it('lists the numbered fields of the other directions as themes', () => {
    const themes = (code: string) => node(code).children.map((c) => c.name);
    expect(themes('1.3')).toEqual(node('1.3').priorityFields);
    expect(themes('1.3')).toHaveLength(6);
    expect(themes('1.7')).toEqual(node('1.7').priorityFields);
    expect(themes('1.8')).toHaveLength(3);
    expect(themes('1.9')).toEqual(['医疗研究', '水技术']);
    expect(themes('2.2')).toEqual(node('2.2').priorityFields);
    expect(themes('2.4')).toEqual(node('2.4').priorityFields);
    expect(node('2.5').priorityFields).toHaveLength(10);
    expect(node('2.5').priorityFields).toContain('合理利用自然资源和环境保护');
    for (const code of ['1.1', '1.2', '1.5', '2.0', '2.1', '2.3', '2.5'])
      expect(node(code).children).toEqual([]);
  });

  it('keeps the consortium, lead-type and matching-fund rules', () => {
    expect(req('1.8', 'germany-2plus2').params).toEqual({ minChineseUnits: 2, minForeignUnits: 2 });
    expect(req('1.8', 'germany-matching-funds').severity).toBe('warning');
    expect(req('1.9', 'israel-lead-type').params).toEqual({ allowed: ['researchInstitute', 'university'] });
    expect(node('1.9').applicantTypes).toEqual(['researchInstitute', 'university']);
    expect(req('2.1', 'korea-energy-lead-enterprise').params).toEqual({ allowed: ['enterprise'] });
    const matching = directions
      .filter((d) => reqsOfKind(d.code, 'matchingFundsMin').length > 0)
      .map((d) => d.code);
    expect(matching).toEqual(['1.3', '1.4', '1.6', '1.7', '1.8']);
    for (const code of matching) {
      for (const r of reqsOfKind(code, 'matchingFundsMin'))
        expect(r.params).toEqual({ minMultipleOfPublic: 1 });
    }
  });

  it('gives every requirement a bilingual message, and every interpretation a matching entry', () => {
    const all = [...call.requirements, ...allNodes.flatMap((n) => n.requirements)];
    expect(all.length).toBeGreaterThan(90);
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of all) {
      expect(r.message?.['zh-CN'], r.id).toBeTruthy();
      expect(r.message?.['en-US'], r.id).toBeTruthy();
    }
    const patterns = call.interpretations.flatMap((i) =>
      [...i.field.matchAll(/nodes\[([^\]]+)\]/g)].map((m) => m[1]),
    );
    const covered = (code: string) =>
      patterns.some((p) => p === code || p === '*' || (p?.endsWith('*') && code.startsWith(p.slice(0, -1))));
    for (const n of allNodes) {
      const interpreted =
        Object.values(n.sources).some((s) => s.interpretation) ||
        n.requirements.some((r) => r.interpretation);
      if (interpreted) expect(covered(n.code), n.code).toBe(true);
    }
    for (const [key, ref] of Object.entries(call.sources)) {
      if (ref.interpretation) expect(call.interpretations.some((i) => i.field === key)).toBe(true);
    }
  });
});
