import {
  type ApplicationContent,
  type ApplicationFacts,
  type Call,
  countyClassesOf,
  evaluateEligibility,
  findNode,
  type LeadFacts,
  regionLineage,
  resolveNode,
  toShanghaiIso,
} from '@yanzhen/domain';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { AttachmentRow } from './application.repository';
import type { EligibilityCheck } from './application.service';

/** What the platform knows of an organisation, as the eligibility engine's lead facts. */
export function leadFactsOf(org: OrganisationRow): LeadFacts {
  const inProvince = org.regionCode
    ? regionLineage(org.regionCode).some((r) => r.code === '330000')
    : org.country === 'CN'
      ? undefined
      : false;
  return {
    id: org.id,
    name: org.name,
    type: org.type as LeadFacts['type'],
    countryCode: org.country ?? undefined,
    regionCode: org.regionCode ?? undefined,
    countyClasses: org.regionCode ? countyClassesOf(org.regionCode) : undefined,
    isInProvince: inProvince,
    isGovernmentBody: org.type === 'governmentBody',
    // a verified domestic organisation registered with a credit code is an independent legal person
    isIndependentLegalPerson: org.status === 'verified' && org.uscc ? true : undefined,
  };
}

/** Maps an application's content, its organisation and its attachments to the engine's facts. */
export function applicationFactsOf(input: Parameters<EligibilityCheck>[0]): ApplicationFacts {
  const { content, organisation, attachments, now } = input;
  const c: ApplicationContent = content;
  const b = c.budget;
  const domestic = c.participants.filter((p) => p.role !== 'foreignPartner' && (p.country ?? 'CN') === 'CN');
  const foreign = c.participants.filter(
    (p) => p.role === 'foreignPartner' || (p.country && p.country !== 'CN'),
  );
  const unit = (p: ApplicationContent['participants'][number]) => ({
    id: p.id,
    name: p.name,
    type: p.type,
    countryCode: p.country,
    affiliationGroup: p.affiliationGroup ?? null,
    yearsSinceRegistration: p.registeredYears,
    publicFundingWan: p.publicFundingShareWan,
  });
  const domesticIds = new Set(domestic.map((p) => p.id));
  const pi = c.principalInvestigator;
  const otherUses = new Map<string, string[]>();
  for (const u of input.otherUsesOfAgreements)
    otherUses.set(u.sha256, [...(otherUses.get(u.sha256) ?? []), u.applicationId]);
  const lead = leadFactsOf(organisation);
  return {
    now: toShanghaiIso(now).slice(0, 10),
    // no carrier named: known to host none (a rule that needs one fails clearly instead of staying unknown)
    lead: { ...lead, carrier: c.basics.carrierName ? { name: c.basics.carrierName } : null },
    application: {
      name: c.basics.title,
      requestedFundingWan: b.publicFundingWan,
      selfFundingWan: b.selfFundingWan,
      matchingFundsWan: b.matchingFundsWan,
      enterpriseRdInvestmentWan: b.rdInvestmentWan,
      aidTransferWan: b.aidTransferWan,
      indirectCostsWan: b.indirectCostsWan,
      startDate: c.basics.startDate,
      endDate: c.basics.endDate,
      trl: c.basics.trl,
      foreignReference: c.basics.foreignApplicationReference,
      subTopics: c.subTopics.map((t) => ({
        name: t.name,
        chineseUnitIds: t.unitIds.filter((id) => domesticIds.has(id) || id === organisation.id),
        foreignUnitIds: t.unitIds.filter((id) => !domesticIds.has(id) && id !== organisation.id),
        leaders: t.leaderPersonId ? [t.leaderPersonId] : [],
      })),
    },
    participants: { domestic: domestic.map(unit), foreign: foreign.map(unit) },
    pi: {
      id: pi.id,
      name: pi.name,
      birthDate: pi.birthDate,
      sex: pi.sex,
      isAcademician: pi.isAcademician,
      onSiteDaysPerYear: pi.onSiteDaysPerYear,
      ongoingProjects: pi.ongoingLeadProgrammes?.map((programme) => ({ programme })),
      sameYearAwards: pi.sameYearAwardProgrammes?.map((programme) => ({ programme })),
    },
    teamMembers: c.team.map((m) => ({ id: m.id, name: m.name })),
    attachments: attachments.map((a: AttachmentRow) => ({
      code: a.code,
      organisationId: a.scopeKind === 'organisation' ? (a.scopeKey ?? undefined) : undefined,
      personId: a.scopeKind === 'person' ? (a.scopeKey ?? undefined) : undefined,
      signedOn: a.signedOn ?? undefined,
      supportsOtherApplications: otherUses.get(a.sha256),
    })),
  };
}

/** The report for an application: every requirement of its direction evaluated on its facts. */
export function eligibilityReportFor(input: Parameters<EligibilityCheck>[0]) {
  const call: Call = input.call;
  const found = findNode(call, input.directionCode);
  if (!found) throw new Error(`direction ${input.directionCode} not in ${call.id}`);
  const resolved = resolveNode(call, found.ancestors, found.node);
  return evaluateEligibility(resolved, applicationFactsOf(input), { now: input.now.toISOString() });
}

export const checkEligibility: EligibilityCheck = (input) => {
  const report = eligibilityReportFor(input);
  const { canSubmit, blockingFailures, blockingUnknowns } = report.summary;
  return { canSubmit, blockingFailures: blockingFailures + blockingUnknowns, report };
};
