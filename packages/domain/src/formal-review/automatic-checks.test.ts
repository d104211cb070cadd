import { describe, expect, it } from 'vitest';
import { applicationContentSchema } from '../application/application-content.schema';
import type { EligibilityReport, RequirementResult } from '../eligibility/eligibility-report';
import { summariseResults } from '../eligibility/eligibility-report';
import {
  attachmentHolders,
  checkDuplicatePrincipalInvestigator,
  checkEligibilityReport,
  checkRecommendationBatch,
  checkRequiredAttachments,
  principalInvestigatorKey,
  summariseFormalChecks,
} from './automatic-checks';

const rule = (over: Partial<RequirementResult>): RequirementResult => ({
  requirementId: null,
  index: 0,
  kind: 'fundingCap',
  outcome: 'pass',
  severity: 'blocking',
  message: { 'zh-CN': '申请财政经费 30 万元，未超过 50 万元', 'en-US': 'Requested 30, cap 50' },
  rule: { 'zh-CN': '上限', 'en-US': 'cap' },
  missing: [],
  quote: 'q',
  location: '二、（一）',
  interpretation: null,
  definedAt: 'call',
  ...over,
});
const report = (results: RequirementResult[]): EligibilityReport => ({
  callId: 'c',
  directionCode: '1.1',
  results,
  summary: summariseResults(results),
});

describe('eligibility re-run', () => {
  it('passes when no blocking rule fails, and lists each blocking failure with its clause', () => {
    expect(
      checkEligibilityReport(report([rule({}), rule({ severity: 'warning', outcome: 'fail' })])).status,
    ).toBe('pass');
    const failed = checkEligibilityReport(
      report([
        rule({}),
        rule({
          outcome: 'fail',
          message: { 'zh-CN': '申请财政经费 80 万元，超过 50 万元', 'en-US': 'Requested 80, over 50' },
        }),
        rule({
          outcome: 'unknown',
          location: '附件 一',
          message: { 'zh-CN': '缺少外方编号', 'en-US': 'no ref' },
        }),
      ]),
    );
    expect(failed.status).toBe('fail');
    expect(failed.reasons.map((r) => r['zh-CN'])).toEqual([
      '申请财政经费 80 万元，超过 50 万元（二、（一））',
      '缺少外方编号（附件 一）',
    ]);
  });
});

describe('required attachments', () => {
  const content = applicationContentSchema.parse({
    principalInvestigator: { id: 'p1', name: '王芳' },
    team: [{ id: 'm1', name: '李雷' }],
    participants: [
      { id: 'u1', name: '浙江大学', country: 'CN' },
      { id: 'f1', name: 'Aalto', country: 'FI', role: 'foreignPartner' },
    ],
  });
  const holders = attachmentHolders(content, { id: 'lead', name: '龙泉青瓷' });
  const specs = [
    { code: 'cooperationAgreement', name: '合作协议', nameEn: 'Cooperation agreement', required: true },
    { code: 'otherAttachment', name: '其他', required: false },
    { code: 'recommendationLetter', name: '推荐函', required: true },
  ];

  it('fails for a missing required attachment and ignores optional and recommender-supplied ones', () => {
    const r = checkRequiredAttachments({ specs, rules: [], holders, attachments: [] });
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual([
      { 'zh-CN': '缺少附件：合作协议', 'en-US': 'Missing attachment: Cooperation agreement' },
    ]);
    const ok = checkRequiredAttachments({
      specs,
      rules: [],
      holders,
      attachments: [{ code: 'cooperationAgreement' }],
    });
    expect(ok.status).toBe('pass');
  });

  it('needs a pledge from every domestic unit and key person, not the foreign partner', () => {
    const rules = [{ attachment: 'integrityPledge', perOrganisation: true, perKeyPerson: true }];
    const some = checkRequiredAttachments({
      specs: [],
      rules,
      holders,
      attachments: [
        { code: 'integrityPledge', scopeKey: 'lead' },
        { code: 'integrityPledge', scopeKey: 'p1' },
      ],
    });
    expect(some.status).toBe('fail');
    expect(some.reasons.map((r) => r['zh-CN'])).toEqual([
      '浙江大学未上传integrityPledge',
      '李雷未上传integrityPledge',
    ]);
    const all = checkRequiredAttachments({
      specs: [],
      rules,
      holders,
      attachments: ['lead', 'u1', 'p1', 'm1'].map((scopeKey) => ({ code: 'integrityPledge', scopeKey })),
    });
    expect(all.status).toBe('pass');
  });
});

describe('recommendation batch', () => {
  const base = {
    applicationId: 'a1',
    recommenderName: '丽水市科学技术局',
    recommendedHash: 'h1',
    latestHash: 'h1',
  };
  it('fails without a batch, with an unsent one, when not listed or with another hash', () => {
    expect(checkRecommendationBatch({ ...base, batch: null }).status).toBe('fail');
    expect(checkRecommendationBatch({ ...base, batch: { sentAt: null, applications: null } }).status).toBe(
      'fail',
    );
    const sent = '2026-03-01T09:00:00.000Z';
    expect(
      checkRecommendationBatch({
        ...base,
        batch: { sentAt: sent, applications: [{ id: 'a2', contentHash: 'h1' }] },
      }).reasons[0]!['en-US'],
    ).toBe('The sent batch does not list this application');
    expect(
      checkRecommendationBatch({
        ...base,
        batch: { sentAt: sent, applications: [{ id: 'a1', contentHash: 'hx' }] },
      }).status,
    ).toBe('fail');
    expect(
      checkRecommendationBatch({
        ...base,
        batch: { sentAt: sent, applications: [{ id: 'a1', contentHash: 'h1' }] },
      }).status,
    ).toBe('pass');
  });

  it('notes a later correction without failing', () => {
    const r = checkRecommendationBatch({
      ...base,
      latestHash: 'h2',
      batch: { sentAt: 'x', applications: [{ id: 'a1', contentHash: 'h1' }] },
    });
    expect(r.status).toBe('pass');
    expect(r.reasons).toHaveLength(2);
  });
});

describe('same principal investigator', () => {
  const lead = { id: 'lead', uscc: '91331181MA2A0000XX' };
  const withPi = (pi: object, participants: object[] = []) =>
    applicationContentSchema.parse({ principalInvestigator: pi, participants });

  it('matches by name and organisation, ignoring spacing and width', () => {
    expect(principalInvestigatorKey(withPi({ name: '王 芳' }), lead)).toBe(
      principalInvestigatorKey(withPi({ name: '王芳' }), lead),
    );
    expect(principalInvestigatorKey(withPi({ name: '王芳' }), lead)).not.toBe(
      principalInvestigatorKey(withPi({ name: '王芳' }), { id: 'other', uscc: null }),
    );
    const atUnit = withPi({ name: '王芳', organisationId: 'u1' }, [
      { id: 'u1', name: '浙江大学', uscc: 'X1' },
    ]);
    expect(principalInvestigatorKey(atUnit, lead)).toBe('王芳|X1');
    expect(principalInvestigatorKey(withPi({}), lead)).toBeNull();
  });

  it('fails when the PI leads more applications than allowed', () => {
    const others = [
      { applicationId: 'a1', title: '本项目', piKey: 'k' },
      { applicationId: 'a2', title: '另一个项目', piKey: 'k' },
      { applicationId: 'a3', title: '无关项目', piKey: 'z' },
    ];
    const input = { applicationId: 'a1', piKey: 'k', piName: '王芳', others };
    const once = checkDuplicatePrincipalInvestigator({ ...input, maxApplicationsPerPi: 1 });
    expect(once.status).toBe('fail');
    expect(once.reasons[0]!['zh-CN']).toBe('项目负责人王芳同时负责《另一个项目》');
    expect(checkDuplicatePrincipalInvestigator({ ...input, maxApplicationsPerPi: 2 }).status).toBe('pass');
    expect(
      checkDuplicatePrincipalInvestigator({ ...input, piKey: null, maxApplicationsPerPi: 1 }).status,
    ).toBe('fail');
  });

  it('summarises: passed only when every check passes', () => {
    const pass = checkDuplicatePrincipalInvestigator({
      applicationId: 'a1',
      piKey: 'k',
      piName: null,
      others: [],
      maxApplicationsPerPi: 1,
    });
    const fail = checkRecommendationBatch({
      applicationId: 'a1',
      recommenderName: null,
      recommendedHash: 'h',
      latestHash: 'h',
      batch: null,
    });
    expect(summariseFormalChecks([pass], 1, 't').passed).toBe(true);
    expect(summariseFormalChecks([pass, fail], 2, 't')).toMatchObject({
      passed: false,
      submissionVersion: 2,
    });
  });
});
