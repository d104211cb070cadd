import type { Call, GuideNode } from './catalogue.schema';
import type { Requirement, SourceRef } from './requirement.schema';

/** Fields a node takes from its nearest ancestor (or the call) when the text gives them only there. */
export const inheritableFields = [
  'countryOrRegion',
  'priorityFields',
  'researchContent',
  'performanceGoal',
  'kpis',
  'applicantTypes',
  'leadRequirement',
  'organisationMode',
  'fundingCapWan',
  'fundingRangeWan',
  'durationYears',
  'bilateral',
  'foreignAgency',
  'foreignUrl',
  'foreignDeadline',
] as const;
export type InheritableField = (typeof inheritableFields)[number];

export type EffectiveValue<T = unknown> = {
  value: T;
  /** null when the node states it itself; otherwise the code of the ancestor that does */
  inheritedFrom: string | null;
  source: SourceRef | null;
};

export type ResolvedDirection = {
  callId: string;
  node: GuideNode;
  /** from the top-level node down to the node's parent */
  ancestors: GuideNode[];
  effective: Partial<Record<InheritableField, EffectiveValue>>;
  /** the call's requirements, then each ancestor's, then the node's own, each tagged with where it stands */
  requirements: (Requirement & { definedAt: string })[];
  requiredAttachments: (GuideNode['requiredAttachments'][number] & { definedAt: string })[];
};

function isStated(node: GuideNode, field: InheritableField): boolean {
  const v = node[field];
  if (v === undefined || v === null) return false;
  return !(Array.isArray(v) && v.length === 0);
}

/** Resolves what applies to a node: its own values, else the nearest ancestor's, with where each came from. */
export function resolveNode(call: Call, ancestors: GuideNode[], node: GuideNode): ResolvedDirection {
  const chain = [...ancestors, node];
  const effective: ResolvedDirection['effective'] = {};
  for (const field of inheritableFields) {
    for (let i = chain.length - 1; i >= 0; i--) {
      const n = chain[i]!;
      if (isStated(n, field)) {
        effective[field] = {
          value: n[field],
          inheritedFrom: n === node ? null : n.code,
          source: n.sources[field] ?? null,
        };
        break;
      }
    }
  }
  const requirements = [
    ...call.requirements.map((r) => ({ ...r, definedAt: 'call' })),
    ...chain.flatMap((n) => n.requirements.map((r) => ({ ...r, definedAt: n.code }))),
  ];
  const seen = new Set<string>();
  const requiredAttachments = [
    ...call.requiredAttachments.map((a) => ({ ...a, definedAt: 'call' })),
    ...chain.flatMap((n) => n.requiredAttachments.map((a) => ({ ...a, definedAt: n.code }))),
  ].filter((a) => !seen.has(a.code) && seen.add(a.code));
  return { callId: call.id, node, ancestors, effective, requirements, requiredAttachments };
}

/** Whether a node is something an application can target. */
export function isDirection(node: GuideNode): boolean {
  if (node.kind === 'direction') return true;
  return node.children.length === 0 && (node.kind === 'category' || node.kind === 'subcategory');
}

/** Every direction of a call, resolved. Themes and groups below a direction belong to it. */
export function listDirections(call: Call): ResolvedDirection[] {
  const out: ResolvedDirection[] = [];
  const walk = (nodes: GuideNode[], ancestors: GuideNode[]) => {
    for (const n of nodes) {
      if (isDirection(n)) out.push(resolveNode(call, ancestors, n));
      else walk(n.children, [...ancestors, n]);
    }
  };
  walk(call.nodes, []);
  return out;
}

/** Finds a node by its code, with its ancestors. */
export function findNode(call: Call, code: string): { node: GuideNode; ancestors: GuideNode[] } | null {
  const walk = (
    nodes: GuideNode[],
    ancestors: GuideNode[],
  ): { node: GuideNode; ancestors: GuideNode[] } | null => {
    for (const n of nodes) {
      if (n.code === code) return { node: n, ancestors };
      const found = walk(n.children, [...ancestors, n]);
      if (found) return found;
    }
    return null;
  };
  return walk(call.nodes, []);
}
