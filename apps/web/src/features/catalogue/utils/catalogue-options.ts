/** Who may lead an application (the domain's applicant types), labelled through `organisationType.*`. */
export const applicantTypes = [
  'enterprise',
  'university',
  'researchInstitute',
  'medicalInstitution',
  'newRdInstitution',
  'industryAssociation',
] as const;
export type ApplicantType = (typeof applicantTypes)[number];

export const organisationModes = ['competitive', 'commissioned'] as const;

export function isApplicantType(value: string): value is ApplicantType {
  return (applicantTypes as readonly string[]).includes(value);
}

/** The requirement kinds of the catalogue format (docs/catalogue-format.md). */
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

export function isRequirementKind(value: string): value is RequirementKind {
  return (requirementKinds as readonly string[]).includes(value);
}

export const quotaScopes = [
  'recommender',
  'university',
  'institute',
  'carrier',
  'centre',
  'organisation',
  'incentiveCity',
  'incentiveCounty',
  'none',
] as const;
export type QuotaScope = (typeof quotaScopes)[number];

export function isQuotaScope(value: string): value is QuotaScope {
  return (quotaScopes as readonly string[]).includes(value);
}
