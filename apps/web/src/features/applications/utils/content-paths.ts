import type { TFunction } from 'i18next';
import type { ApplicationContent } from '../api/application-types';

/** Where the label of a group's fields lives in the resources. */
const fieldKeys: Record<string, string> = {
  basics: 'applications.basics',
  budget: 'applications.budget',
  sections: 'applications.sections.names',
  principalInvestigator: 'applications.people',
  participants: 'applications.participants',
  team: 'applications.people',
  subTopics: 'applications.subTopics',
  kpis: 'applications.kpis',
  schedule: 'applications.schedule',
};

/** i18next's `t` with a key built at run time (the typed `t` accepts literal keys only); falls back to `fallback`. */
function translate(t: TFunction, key: string, fallback: string): string {
  const text = (t as unknown as (k: string, o: { defaultValue: string }) => string)(key, {
    defaultValue: fallback,
  });
  return text || fallback;
}

function itemName(content: ApplicationContent | undefined, group: string, id: string): string {
  if (!content) return id;
  const list = (content as Record<string, unknown>)[group];
  if (!Array.isArray(list)) return id;
  const found = list.find((item) => (item as { id?: string }).id === id) as { name?: string } | undefined;
  return found?.name || id;
}

/**
 * "participants[org-1a2b].task" → "参与单位 · 某某大学 · 任务分工": a content path (as the editor or the server's
 * revision diff writes it) in words, naming list items by their name where the content knows them.
 */
export function describeContentPath(t: TFunction, path: string, content?: ApplicationContent): string {
  const [head = '', ...rest] = path.split('.');
  const match = /^([A-Za-z]+)(?:\[([^\]]+)\])?$/.exec(head);
  const group = match?.[1] ?? head;
  const parts = [translate(t, `applications.paths.${group}`, group)];
  if (match?.[2]) parts.push(itemName(content, group, match[2]));
  for (const field of rest) {
    const prefix = fieldKeys[group];
    parts.push(prefix ? translate(t, `${prefix}.${field}`, field) : field);
  }
  return parts.join(' · ');
}

/** A content value as text: words as they are, lists joined, anything structured as indented JSON. */
export function formatContentValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('、');
  return JSON.stringify(value, null, 2);
}
