import type { ContentSection, contentSectionLimits } from '@yanzhen/domain';

/**
 * The domain's own counting rule (字数 as Chinese users count it), imported from its file rather than from the
 * package entry: the entry re-exports zod schemas, the rule engine and the region table (≈250 kB minified), which
 * the bundler cannot drop; this file is a few hundred bytes and has no imports.
 */
export { countChineseCharacters } from '../../../../../../packages/domain/src/text/character-count';

/**
 * The length limits of the free-text sections. The type is the domain's `as const` object, so a change of any
 * limit there fails the web build until it is changed here too.
 */
export const sectionLimits: typeof contentSectionLimits = {
  summary: 800,
  background: 3000,
  objectives: 2000,
  researchContent: 6000,
  cooperationBasis: 3000,
  foreignPartnerStrengths: 2000,
  implementationPlan: 3000,
  expectedOutcomes: 2000,
  riskAnalysis: 1500,
};

export const sectionOrder = Object.keys(sectionLimits) as ContentSection[];
export type { ContentSection };
