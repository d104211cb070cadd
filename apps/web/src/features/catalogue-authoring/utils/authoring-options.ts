/** Lists the editor offers; they follow the catalogue schema (packages/domain/src/catalogue). */

export const nodeKinds = ['category', 'subcategory', 'direction', 'group', 'theme'] as const;
export const callKinds = ['call', 'guide', 'preparatoryNotice', 'needsCollection'] as const;
export const severities = ['blocking', 'warning', 'manual'] as const;
export const deadlineStatuses = ['date', 'toBeDecided', 'toBeAgreed', 'notApplicable'] as const;
export const organisationModes = ['competitive', 'commissioned'] as const;

export const applicantTypes = [
  'enterprise',
  'university',
  'researchInstitute',
  'medicalInstitution',
  'newRdInstitution',
  'industryAssociation',
] as const;

export const requirementKinds = [
  'fundingCap',
  'fundingRange',
  'fundingShareOfRdInvestment',
  'selfFundingRatio',
  'aidTransferShare',
  'duration',
  'leadType',
  'bilateralSubmission',
  'requiredAttachment',
  'piOnSiteDays',
  'consortium',
  'trlMax',
  'agreementSignedBefore',
  'foreignPartnerRegisteredYears',
  'matchingFundsMin',
  'projectNamePattern',
  'piRetirement',
  'piConcurrentProjects',
  'onePerAgreement',
  'singleRecommender',
  'quota',
  'expression',
  'manual',
] as const;
export type RequirementKind = (typeof requirementKinds)[number];

/** A starting point for the params of each kind, so the JSON editor opens with the right keys. */
export const paramsTemplates: Partial<Record<RequirementKind, Record<string, unknown>>> = {
  fundingCap: { maxWan: 0 },
  fundingRange: { minWan: 0, maxWan: 0 },
  duration: { maxYears: 3 },
  leadType: { allowed: ['enterprise'] },
  bilateralSubmission: { bilateral: true },
  requiredAttachment: { attachment: 'integrityPledge' },
  trlMax: { max: 9 },
  quota: { scope: 'recommender', limit: 1 },
  expression: { expression: '' },
  manual: { text: '' },
};
