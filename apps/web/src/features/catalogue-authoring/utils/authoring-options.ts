/** Lists the editor offers; they follow the catalogue schema (packages/domain/src/catalogue). */

export const nodeKinds = ['category', 'subcategory', 'direction', 'group', 'theme'] as const;
export const callKinds = ['call', 'guide', 'preparatoryNotice', 'needsCollection'] as const;
export const severities = ['blocking', 'warning', 'manual'] as const;
export const deadlineStatuses = ['date', 'toBeDecided', 'toBeAgreed', 'notApplicable'] as const;
// who may lead, how projects are organised and the requirement kinds: the same lists the catalogue pages use
export {
  applicantTypes,
  organisationModes,
  type RequirementKind,
  requirementKinds,
} from '../../catalogue/utils/catalogue-options';

import type { RequirementKind } from '../../catalogue/utils/catalogue-options';

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
