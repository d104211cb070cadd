import type { ResolvedDirection } from '../catalogue/inheritance';

/** What selects the optional checklist items: a bilateral direction; a paired-assistance one (帮扶地推荐函). */
export function checklistContextOf(resolved: ResolvedDirection): {
  bilateral: boolean;
  pairedAssistance: boolean;
} {
  return {
    bilateral: resolved.effective.bilateral?.value === true,
    pairedAssistance:
      resolved.requiredAttachments.some((a) => a.code === 'aidRecommendationLetter') ||
      resolved.requirements.some((r) => r.kind === 'aidTransferShare'),
  };
}

/** The most applications one principal investigator may lead in the call (限报), by the direction's rules; else 1. */
export function maxApplicationsPerPiOf(resolved: ResolvedDirection): number {
  for (const r of resolved.requirements) {
    if (r.kind === 'piConcurrentProjects' && r.params.maxApplicationsPerPi !== undefined) {
      return r.params.maxApplicationsPerPi;
    }
  }
  return 1;
}
