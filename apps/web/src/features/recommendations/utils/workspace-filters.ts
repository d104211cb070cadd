import type { ApplicationStateCode, GuideNode, WorkspaceItem } from '../api/recommendation-types';

export interface WorkspaceFilters {
  state: ApplicationStateCode | null;
  organisationId: string | null;
  directionCode: string | null;
  text: string;
}

export const emptyFilters: WorkspaceFilters = {
  state: null,
  organisationId: null,
  directionCode: null,
  text: '',
};

/** The calls the jurisdiction's applications belong to, in order of first appearance, each with its count. */
export function callsOfItems(items: readonly WorkspaceItem[]): { callId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.callId, (counts.get(item.callId) ?? 0) + 1);
  return [...counts].map(([callId, count]) => ({ callId, count }));
}

/** Guide-tree codes to names, for the direction column and filter. */
export function directionNames(nodes: readonly GuideNode[]): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (list: readonly GuideNode[]) => {
    for (const node of list) {
      names.set(node.code, node.name);
      walk(node.children ?? []);
    }
  };
  walk(nodes);
  return names;
}

/** Distinct values of one field of the rows, for the filters' options. */
export function distinctBy<K extends string>(
  items: readonly WorkspaceItem[],
  key: (item: WorkspaceItem) => K,
  label: (item: WorkspaceItem) => string,
): { value: K; label: string }[] {
  const seen = new Map<K, string>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), label(item));
  return [...seen]
    .map(([value, text]) => ({ value, label: text }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The rows that pass every filter. The text matches the title, the organisation, the direction's code or name
 * (case and surrounding spaces ignored).
 */
export function filterWorkspace(
  items: readonly WorkspaceItem[],
  filters: WorkspaceFilters,
  names: ReadonlyMap<string, string> = new Map(),
): WorkspaceItem[] {
  const text = filters.text.trim().toLowerCase();
  return items.filter(
    (item) =>
      (!filters.state || item.state.code === filters.state) &&
      (!filters.organisationId || item.organisation.id === filters.organisationId) &&
      (!filters.directionCode || item.directionCode === filters.directionCode) &&
      (!text ||
        [item.title, item.organisation.name, item.directionCode, names.get(item.directionCode) ?? ''].some(
          (v) => v.toLowerCase().includes(text),
        )),
  );
}
