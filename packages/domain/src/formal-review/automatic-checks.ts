import { z } from 'zod';
import type { ApplicationContent } from '../application/application-content.schema';
import type { EligibilityReport } from '../eligibility/eligibility-report';
import type { Bilingual } from '../eligibility/verdict';

/**
 * The programme office's automatic checks (形式审查·自动检查), run on the frozen submission: each says pass or
 * fail with its reasons in both languages. They inform the officer; the decision stays with the officer.
 */
export const formalCheckCodes = [
  'eligibility',
  'requiredAttachments',
  'recommendationBatch',
  'duplicatePrincipalInvestigator',
] as const;
export type FormalCheckCode = (typeof formalCheckCodes)[number];

export const formalCheckLabels: Record<FormalCheckCode, Bilingual> = {
  eligibility: {
    'zh-CN': '申报条件（按冻结版本重新校验）',
    'en-US': 'Eligibility (re-run on the frozen version)',
  },
  requiredAttachments: { 'zh-CN': '必备附件齐全', 'en-US': 'Required attachments present' },
  recommendationBatch: {
    'zh-CN': '推荐批次已报送且一致',
    'en-US': 'Recommendation batch sent and consistent',
  },
  duplicatePrincipalInvestigator: {
    'zh-CN': '项目负责人未在本通知重复申报',
    'en-US': 'Principal investigator not on other applications in this call',
  },
};

const bilingualSchema = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
export const formalCheckResultSchema = z.object({
  code: z.enum(formalCheckCodes),
  status: z.enum(['pass', 'fail']),
  reasons: z.array(bilingualSchema),
});
export type FormalCheckResult = z.infer<typeof formalCheckResultSchema>;

/** What formal_reviews.automatic_checks holds. */
export const automaticChecksSchema = z.object({
  ranAt: z.string(),
  submissionVersion: z.number().int(),
  passed: z.boolean(),
  results: z.array(formalCheckResultSchema),
});
export type AutomaticChecks = z.infer<typeof automaticChecksSchema>;

const say = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const result = (code: FormalCheckCode, reasons: Bilingual[], failed: boolean): FormalCheckResult => ({
  code,
  status: failed ? 'fail' : 'pass',
  reasons,
});

/** Collects the results; the whole passes when every check passes. */
export function summariseFormalChecks(
  results: FormalCheckResult[],
  submissionVersion: number,
  ranAt: string,
): AutomaticChecks {
  return { ranAt, submissionVersion, passed: results.every((r) => r.status === 'pass'), results };
}

/** (a) The eligibility report, re-run on the frozen content: fails on any blocking failure or unknown. */
export function checkEligibilityReport(report: EligibilityReport): FormalCheckResult {
  const blocking = report.results.filter(
    (r) => r.severity === 'blocking' && (r.outcome === 'fail' || r.outcome === 'unknown'),
  );
  if (!blocking.length) {
    const { passed, total } = report.summary;
    return result(
      'eligibility',
      [
        say(
          `${total} 项申报条件中 ${passed} 项通过，无不满足的必备条件`,
          `${passed} of ${total} rules pass; no blocking rule fails`,
        ),
      ],
      false,
    );
  }
  return result(
    'eligibility',
    blocking.map((r) =>
      say(`${r.message['zh-CN']}（${r.location}）`, `${r.message['en-US']} (${r.location})`),
    ),
    true,
  );
}

/** Attachments the recommending body supplies with its batch, not the applicant (checked by the batch check). */
export const recommenderSuppliedAttachments: readonly string[] = [
  'recommendationLetter',
  'recommendationSummary',
  'recommenderPledge',
];

export type AttachmentSpecLike = {
  code: string;
  name: string;
  nameEn?: string | undefined;
  required: boolean;
};
export type AttachmentRuleLike = { attachment: string; perOrganisation?: boolean; perKeyPerson?: boolean };
export type FrozenAttachment = { code: string; scopeKey?: string | null };

/** Whom per-organisation and per-person attachments must cover: the lead and domestic units; the PI and the team. */
export function attachmentHolders(content: ApplicationContent, lead: { id: string; name: string }) {
  const organisations = [
    lead,
    ...content.participants
      .filter((p) => p.role !== 'foreignPartner' && (p.country ?? 'CN') === 'CN')
      .map((p) => ({ id: p.id, name: p.name })),
  ];
  const pi = content.principalInvestigator;
  const people = [
    ...(pi.name ? [{ id: pi.id ?? 'pi', name: pi.name }] : []),
    ...content.team.map((m) => ({ id: m.id, name: m.name })),
  ];
  return { organisations, people };
}

/**
 * (b) Every attachment the direction requires is in the frozen list — per organisation or per key person where its
 * rule says so. Documents the recommending body supplies are left to the batch check.
 */
export function checkRequiredAttachments(input: {
  specs: readonly AttachmentSpecLike[];
  rules: readonly AttachmentRuleLike[];
  holders: ReturnType<typeof attachmentHolders>;
  attachments: readonly FrozenAttachment[];
}): FormalCheckResult {
  const name = (code: string) => {
    const spec = input.specs.find((s) => s.code === code);
    return say(spec?.name ?? code, spec?.nameEn ?? spec?.name ?? code);
  };
  const codes = new Set<string>();
  for (const s of input.specs) if (s.required) codes.add(s.code);
  for (const r of input.rules) codes.add(r.attachment);
  const missing: Bilingual[] = [];
  let present = 0;
  for (const code of codes) {
    if (recommenderSuppliedAttachments.includes(code)) continue;
    const docs = input.attachments.filter((a) => a.code === code);
    const n = name(code);
    const rule = input.rules.find((r) => r.attachment === code);
    const scoped = [
      ...(rule?.perOrganisation ? input.holders.organisations : []),
      ...(rule?.perKeyPerson ? input.holders.people : []),
    ];
    if (!scoped.length) {
      if (docs.length) present++;
      else missing.push(say(`缺少附件：${n['zh-CN']}`, `Missing attachment: ${n['en-US']}`));
      continue;
    }
    for (const h of scoped) {
      if (docs.some((d) => d.scopeKey === h.id)) present++;
      else missing.push(say(`${h.name}未上传${n['zh-CN']}`, `${h.name}: ${n['en-US']} missing`));
    }
  }
  if (missing.length) return result('requiredAttachments', missing, true);
  return result(
    'requiredAttachments',
    [
      say(
        `必备附件 ${present} 份均已随冻结版本提交`,
        `All ${present} required attachment(s) are in the frozen version`,
      ),
    ],
    false,
  );
}

export type RecommendationBatchFacts = {
  sentAt: string | null;
  applications: readonly { id: string; contentHash: string | null }[] | null;
} | null;

/**
 * (c) The recommending body's batch for the call is sent and lists this application with the content hash of the
 * version it recommended. A later version from a correction the office asked for is noted, not failed.
 */
export function checkRecommendationBatch(input: {
  applicationId: string;
  recommenderName: string | null;
  /** the hash of the version current when it was recommended */
  recommendedHash: string;
  latestHash: string;
  batch: RecommendationBatchFacts;
}): FormalCheckResult {
  const who = input.recommenderName ?? '—';
  if (!input.batch) {
    return result(
      'recommendationBatch',
      [say(`推荐单位（${who}）尚未形成推荐批次`, `The recommender (${who}) has no batch for this call`)],
      true,
    );
  }
  if (!input.batch.sentAt || !input.batch.applications) {
    return result(
      'recommendationBatch',
      [say(`推荐单位（${who}）的推荐批次尚未报送`, `The recommender's (${who}) batch has not been sent`)],
      true,
    );
  }
  const listed = input.batch.applications.find((a) => a.id === input.applicationId);
  if (!listed) {
    return result(
      'recommendationBatch',
      [say('已报送的推荐批次未列入本项目', 'The sent batch does not list this application')],
      true,
    );
  }
  if (listed.contentHash !== input.recommendedHash) {
    return result(
      'recommendationBatch',
      [
        say(
          '推荐批次中的内容指纹与推荐时的申报版本不一致',
          'The batch lists a different content hash from the version recommended',
        ),
      ],
      true,
    );
  }
  const reasons = [
    say(
      `推荐单位（${who}）已报送推荐批次，内容指纹一致`,
      `The recommender (${who}) sent its batch; the content hash matches`,
    ),
  ];
  if (input.latestHash !== input.recommendedHash) {
    reasons.push(
      say(
        '此后已按形式审查意见补正，以最新冻结版本为准',
        'Corrected since at the office’s request; the latest frozen version applies',
      ),
    );
  }
  return result('recommendationBatch', reasons, false);
}

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Who the principal investigator is, for comparing applications: name and organisation (the participant the PI
 * belongs to, by credit code or name, else the lead organisation). The content records no ID number.
 */
export function principalInvestigatorKey(
  content: ApplicationContent,
  lead: { id: string; uscc: string | null },
): string | null {
  const pi = content.principalInvestigator;
  if (!pi.name?.trim()) return null;
  const unit = pi.organisationId ? content.participants.find((p) => p.id === pi.organisationId) : undefined;
  const org = unit ? unit.uscc?.trim() || normalise(unit.name) : (lead.uscc ?? lead.id);
  return `${normalise(pi.name)}|${org}`;
}

/** (d) The same principal investigator leads no more applications in the call than the call allows (by default one). */
export function checkDuplicatePrincipalInvestigator(input: {
  applicationId: string;
  piKey: string | null;
  piName: string | null;
  others: readonly { applicationId: string; title: string; piKey: string | null }[];
  maxApplicationsPerPi: number;
}): FormalCheckResult {
  if (!input.piKey) {
    return result(
      'duplicatePrincipalInvestigator',
      [say('未填写项目负责人，无法核对', 'No principal investigator stated; cannot compare')],
      true,
    );
  }
  const same = input.others.filter((o) => o.applicationId !== input.applicationId && o.piKey === input.piKey);
  const count = same.length + 1;
  if (count <= input.maxApplicationsPerPi) {
    return result(
      'duplicatePrincipalInvestigator',
      [
        say(
          `项目负责人${input.piName ?? ''}在本通知共 ${count} 项申报，未超过 ${input.maxApplicationsPerPi} 项`,
          `The PI ${input.piName ?? ''} is on ${count} application(s) in this call, within ${input.maxApplicationsPerPi}`,
        ),
      ],
      false,
    );
  }
  return result(
    'duplicatePrincipalInvestigator',
    same.map((o) =>
      say(
        `项目负责人${input.piName ?? ''}同时负责《${o.title || o.applicationId}》`,
        `The PI ${input.piName ?? ''} also leads “${o.title || o.applicationId}”`,
      ),
    ),
    true,
  );
}
