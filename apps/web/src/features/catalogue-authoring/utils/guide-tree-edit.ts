import type { EditableNode, NodeKind } from '../api/authoring-types';

/** A node's place in the guide: indexes from the top level down ([1, 0] = first child of the second node). */
export type NodePath = number[];

export const pathKey = (path: NodePath) => path.join('-');
export const keyPath = (key: string): NodePath => (key === '' ? [] : key.split('-').map(Number));

export function nodeAt(nodes: EditableNode[], path: NodePath): EditableNode | undefined {
  let list = nodes;
  let node: EditableNode | undefined;
  for (const index of path) {
    node = list[index];
    if (!node) return undefined;
    list = node.children;
  }
  return node;
}

/** Applies `change` to the list of siblings at `parentPath` (the top level for []), copying only that branch. */
function withSiblings(
  nodes: EditableNode[],
  parentPath: NodePath,
  change: (siblings: EditableNode[]) => EditableNode[],
): EditableNode[] {
  if (parentPath.length === 0) return change(nodes);
  const [head, ...rest] = parentPath;
  return nodes.map((n, i) => (i === head ? { ...n, children: withSiblings(n.children, rest, change) } : n));
}

export function updateNodeAt(
  nodes: EditableNode[],
  path: NodePath,
  update: (node: EditableNode) => EditableNode,
): EditableNode[] {
  const index = path[path.length - 1]!;
  return withSiblings(nodes, path.slice(0, -1), (siblings) =>
    siblings.map((n, i) => (i === index ? update(n) : n)),
  );
}

function allCodes(nodes: EditableNode[], into = new Set<string>()): Set<string> {
  for (const n of nodes) {
    into.add(n.code);
    allCodes(n.children, into);
  }
  return into;
}

/** The next free code below a parent: "1.3" after "1.1", "1.2"; top-level codes count from "1". */
export function nextCode(nodes: EditableNode[], parentPath: NodePath): string {
  const parent = parentPath.length ? nodeAt(nodes, parentPath) : undefined;
  const siblings = parent ? parent.children : nodes;
  const taken = allCodes(nodes);
  for (let n = siblings.length + 1; ; n++) {
    const code = parent ? `${parent.code}.${n}` : String(n);
    if (!taken.has(code)) return code;
  }
}

export function newNode(code: string, name: string, kind: NodeKind): EditableNode {
  return {
    code,
    name,
    kind,
    priorityFields: [],
    kpis: [],
    applicantTypes: [],
    requiredAttachments: [],
    requirements: [],
    specialRules: [],
    sources: {},
    children: [],
  };
}

/** Adds `node` as the last child of `parentPath` (or at the top level); returns the new tree and its path. */
export function addChild(nodes: EditableNode[], parentPath: NodePath, node: EditableNode) {
  const count = parentPath.length ? (nodeAt(nodes, parentPath)?.children.length ?? 0) : nodes.length;
  return {
    nodes: withSiblings(nodes, parentPath, (siblings) => [...siblings, node]),
    path: [...parentPath, count],
  };
}

/** Swaps a node with its previous (-1) or next (+1) sibling; returns the new tree and the node's new path. */
export function moveNode(nodes: EditableNode[], path: NodePath, delta: -1 | 1) {
  const index = path[path.length - 1]!;
  const parentPath = path.slice(0, -1);
  let moved = false;
  const next = withSiblings(nodes, parentPath, (siblings) => {
    const target = index + delta;
    if (target < 0 || target >= siblings.length) return siblings;
    const copy = [...siblings];
    [copy[index], copy[target]] = [copy[target]!, copy[index]!];
    moved = true;
    return copy;
  });
  return { nodes: next, path: moved ? [...parentPath, index + delta] : path };
}

export function removeNode(nodes: EditableNode[], path: NodePath): EditableNode[] {
  const index = path[path.length - 1]!;
  return withSiblings(nodes, path.slice(0, -1), (siblings) => siblings.filter((_, i) => i !== index));
}

/** Finds a node by its code anywhere in the tree. */
export function findByCode(nodes: EditableNode[], code: string): EditableNode | undefined {
  for (const n of nodes) {
    if (n.code === code) return n;
    const found = findByCode(n.children, code);
    if (found) return found;
  }
  return undefined;
}
