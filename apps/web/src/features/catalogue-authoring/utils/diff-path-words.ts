import type { TFunction } from 'i18next';
import type { EditableNode } from '../api/authoring-types';
import { findByCode } from './guide-tree-edit';

type Token = { prop: string } | { key: string };

/** "nodes[1].children[1.1].name" → prop nodes, key 1, prop children, key 1.1, prop name. */
export function tokenizePath(path: string): Token[] {
  const tokens: Token[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (match[2] !== undefined) tokens.push({ key: match[2] });
    else if (match[1] !== undefined) tokens.push({ prop: match[1] });
  }
  return tokens;
}

const keyedLists = new Set(['requirements', 'requiredAttachments', 'forms', 'fields', 'columns']);

/** Every label the editor knows, by property name: guide fields, call fields, parts of values. */
function labels(t: TFunction): Record<string, string> {
  return {
    ...t('catalogue.authoring.callField', { returnObjects: true }),
    ...t('catalogue.field', { returnObjects: true }),
    ...t('catalogue.authoring.nodeField', { returnObjects: true }),
    ...t('catalogue.fieldPart', { returnObjects: true }),
  };
}

/**
 * A diff path in words, naming guide nodes by code and current name:
 * "nodes[1].children[1.1].name" → "节点 1.1「人工智能（二期）」 › 名称".
 */
export function diffPathWords(t: TFunction, path: string, nodes: EditableNode[]): string {
  const dictionary = labels(t);
  const label = (prop: string) => (Object.hasOwn(dictionary, prop) ? dictionary[prop]! : prop);
  const tokens = tokenizePath(path);
  const words: string[] = [];
  let nodeWordAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if ('key' in token) {
      words.push(`[${token.key}]`);
      continue;
    }
    if ((token.prop === 'nodes' || token.prop === 'children') && next && 'key' in next) {
      const name = findByCode(nodes, next.key)?.name;
      const word = name
        ? t('catalogue.authoring.diff.node', { code: next.key, name })
        : t('catalogue.authoring.diff.nodeCode', { code: next.key });
      // Only the deepest node is named: "节点 1.1.1「芬兰」" says where it stands.
      if (nodeWordAt >= 0) words.splice(nodeWordAt);
      nodeWordAt = words.length;
      words.push(word);
      i++;
      continue;
    }
    if (keyedLists.has(token.prop) && next && 'key' in next) {
      words.push(`${label(token.prop)} ${next.key}`);
      i++;
      continue;
    }
    words.push(label(token.prop));
  }
  return words.join(' › ') || t('catalogue.authoring.diff.wholeCall');
}

/** A value of a diff as short text: strings as they are, anything else as compact JSON. */
export function diffValueText(value: unknown, maxLength = 240): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
