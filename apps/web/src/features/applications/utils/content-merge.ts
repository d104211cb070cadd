type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality of JSON values, whatever the order of object keys (the database may reorder them). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!deepEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/**
 * Re-applies my edits (what changed from `base` to `mine`) onto `theirs`, a newer version someone else saved.
 * Objects merge field by field; a list or a single value I changed is taken from mine as a whole, anything I
 * did not touch keeps their value.
 */
export function reapplyChanges<T>(base: T, mine: T, theirs: T): T {
  if (deepEqual(base, mine)) return theirs;
  if (isPlain(base) && isPlain(mine) && isPlain(theirs)) {
    const out: Plain = { ...theirs };
    for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
      const merged = reapplyChanges(base[key], mine[key], theirs[key]);
      if (merged === undefined) delete out[key];
      else out[key] = merged;
    }
    return out as T;
  }
  return mine;
}

export interface FieldChange {
  /** dotted path, e.g. "sections.summary" or "budget.publicFundingWan" */
  path: string;
  value: unknown;
}

/** The values I changed against `base`, leaf by leaf (lists count as one value). */
export function listChanges(base: unknown, mine: unknown, path = ''): FieldChange[] {
  if (deepEqual(base, mine)) return [];
  if (isPlain(base) && isPlain(mine)) {
    return [...new Set([...Object.keys(base), ...Object.keys(mine)])].flatMap((key) =>
      listChanges(base[key], mine[key], path ? `${path}.${key}` : key),
    );
  }
  if (isPlain(mine) && base === undefined) return listChanges({}, mine, path);
  return [{ path, value: mine }];
}
