/** One difference between two versions of a document: a readable path and the two values. */
export type Change = {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
};

const keyOf = (item: unknown): string | null => {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    for (const k of ['code', 'id', 'key']) if (typeof o[k] === 'string') return o[k] as string;
  }
  return null;
};

/**
 * A structural diff meant for people: arrays of objects with a `code`, `id` or `key` are matched by it
 * (so "nodes[1.6].fundingCapWan" rather than "nodes[5]…"), other arrays compare as a whole.
 */
export function diffValues(before: unknown, after: unknown, path = ''): Change[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (before === undefined) return [{ path, kind: 'added', after }];
  if (after === undefined) return [{ path, kind: 'removed', before }];
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = [...before, ...after].every((x) => keyOf(x) !== null);
    if (!keyed) return [{ path, kind: 'changed', before, after }];
    const a = new Map(before.map((x) => [keyOf(x)!, x]));
    const b = new Map(after.map((x) => [keyOf(x)!, x]));
    const keys = [...new Set([...a.keys(), ...b.keys()])];
    return keys.flatMap((k) => diffValues(a.get(k), b.get(k), `${path}[${k}]`));
  }
  if (
    before &&
    after &&
    typeof before === 'object' &&
    typeof after === 'object' &&
    !Array.isArray(before) &&
    !Array.isArray(after)
  ) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) =>
      diffValues(
        (before as Record<string, unknown>)[k],
        (after as Record<string, unknown>)[k],
        path ? `${path}.${k}` : k,
      ),
    );
  }
  return [{ path, kind: 'changed', before, after }];
}
