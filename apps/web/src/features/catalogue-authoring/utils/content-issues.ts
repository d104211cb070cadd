import type { FieldIssue } from '../../../shared/api/api-error';
import { type NodePath, pathKey } from './guide-tree-edit';

/** A validation issue of the server, placed: on the call or on one node, and the field path below that. */
export interface PlacedIssue {
  /** null: the call itself */
  nodePath: NodePath | null;
  /** the rest of the path, e.g. ["requirements", "0", "params", "maxWan"] */
  field: string[];
  message: string;
}

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/**
 * Reads the server's `details[].path` ("nodes.0.children.2.fundingCapWan", zod's path joined by dots) into
 * the node it concerns and the field within it, so the editor can show it where it belongs.
 */
export function placeIssue(issue: FieldIssue): PlacedIssue {
  const segments = issue.path.split('.').filter(Boolean);
  if (segments[0] === 'content') segments.shift();
  if (segments[0] !== 'nodes' || !isIndex(segments[1])) {
    return { nodePath: null, field: segments, message: issue.message };
  }
  const nodePath = [Number(segments[1])];
  let i = 2;
  while (segments[i] === 'children' && isIndex(segments[i + 1])) {
    nodePath.push(Number(segments[i + 1]));
    i += 2;
  }
  return { nodePath, field: segments.slice(i), message: issue.message };
}

/** The issues of one place (the call for null), optionally only those under a field prefix. */
export function issuesAt(
  issues: PlacedIssue[],
  nodePath: NodePath | null,
  prefix: string[] = [],
): PlacedIssue[] {
  const key = nodePath ? pathKey(nodePath) : null;
  return issues.filter(
    (i) =>
      (i.nodePath ? pathKey(i.nodePath) : null) === key &&
      prefix.every((segment, n) => i.field[n] === segment),
  );
}

/** Keys of every node that has an issue, and of its ancestors, so the tree can mark the way down. */
export function nodeKeysWithIssues(issues: PlacedIssue[]): Set<string> {
  const keys = new Set<string>();
  for (const issue of issues) {
    if (!issue.nodePath) continue;
    for (let n = 1; n <= issue.nodePath.length; n++) keys.add(pathKey(issue.nodePath.slice(0, n)));
  }
  return keys;
}

/** Form.Item props showing the messages of a field (and anything below it), or nothing. */
export function fieldStatus(issues: PlacedIssue[], nodePath: NodePath | null, prefix: string[]) {
  const found = issuesAt(issues, nodePath, prefix);
  if (found.length === 0) return {};
  const help = found.map((i) => (i.field.length > prefix.length ? `${i.field.join('.')}: ` : '') + i.message);
  return { validateStatus: 'error' as const, help: help.join('；') };
}
