import type { ApplicationContent } from '../api/application-types';

type Groups = 'basics' | 'budget' | 'principalInvestigator' | 'sections';
type Lists = 'participants' | 'team' | 'subTopics' | 'kpis' | 'schedule';

/** A content with some fields of one group replaced; `undefined` removes a field (an emptied input). */
export function patchGroup<G extends Groups>(
  content: ApplicationContent,
  group: G,
  patch: Partial<ApplicationContent[G]>,
): ApplicationContent {
  const next = { ...content[group], ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(next)) if (value === undefined) delete next[key];
  return { ...content, [group]: next };
}

export function replaceList<L extends Lists>(
  content: ApplicationContent,
  list: L,
  items: ApplicationContent[L],
): ApplicationContent {
  return { ...content, [list]: items };
}

/** The list with item `index` changed by `patch` (emptied fields removed). */
export function patchItem<T extends object>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => {
    if (i !== index) return item;
    const next = { ...item, ...patch } as Record<string, unknown>;
    for (const [key, value] of Object.entries(next)) if (value === undefined) delete next[key];
    return next as T;
  });
}

/** A short id for a new participant, person or sub-topic (unique within the application). */
export function newId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The input's value as the content stores it: empty text and cleared numbers are "not given". */
export const textOrUndefined = (value: string) => (value.trim() === '' ? undefined : value);
export const numberOrUndefined = (value: number | null | undefined) =>
  value === null || value === undefined ? undefined : value;
