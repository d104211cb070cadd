import { describe, expect, it } from 'vitest';
import type { EditableNode } from '../api/authoring-types';
import { addChild, moveNode, newNode, nextCode, nodeAt, removeNode, updateNodeAt } from './guide-tree-edit';

const tree = (): EditableNode[] => [
  {
    ...newNode('1', '国际', 'category'),
    children: [newNode('1.1', '芬兰', 'direction'), newNode('1.2', '以色列', 'direction')],
  },
  newNode('2', '对口', 'category'),
];

describe('guide tree editing', () => {
  it('finds and updates a node by its path, copying only its branch', () => {
    const nodes = tree();
    const next = updateNodeAt(nodes, [0, 1], (n) => ({ ...n, name: '以色列（改）' }));
    expect(nodeAt(next, [0, 1])?.name).toBe('以色列（改）');
    expect(nodeAt(nodes, [0, 1])?.name).toBe('以色列');
    expect(next[1]).toBe(nodes[1]);
  });

  it('gives a new child the next free code below its parent', () => {
    const nodes = tree();
    expect(nextCode(nodes, [0])).toBe('1.3');
    expect(nextCode(nodes, [])).toBe('3');
    const { nodes: next, path } = addChild(nodes, [0], newNode('1.3', '新节点', 'direction'));
    expect(path).toEqual([0, 2]);
    expect(nodeAt(next, path)?.code).toBe('1.3');
  });

  it('moves a node among its siblings and stays put at the ends', () => {
    const moved = moveNode(tree(), [0, 1], -1);
    expect(moved.nodes[0]?.children.map((n) => n.code)).toEqual(['1.2', '1.1']);
    expect(moved.path).toEqual([0, 0]);
    expect(moveNode(tree(), [1], 1).path).toEqual([1]);
  });

  it('deletes a node with everything below it', () => {
    expect(removeNode(tree(), [0]).map((n) => n.code)).toEqual(['2']);
  });
});
