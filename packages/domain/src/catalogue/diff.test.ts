import { describe, expect, it } from 'vitest';
import { diffValues } from './diff';

describe('diffValues', () => {
  it('matches coded array items by code and names the changed field', () => {
    const before = {
      nodes: [
        { code: '1.1', cap: 150 },
        { code: '1.2', cap: 100 },
      ],
    };
    const after = {
      nodes: [
        { code: '1.2', cap: 120 },
        { code: '1.1', cap: 150 },
        { code: '1.3', cap: 80 },
      ],
    };
    expect(diffValues(before, after)).toEqual([
      { path: 'nodes[1.2].cap', kind: 'changed', before: 100, after: 120 },
      { path: 'nodes[1.3]', kind: 'added', after: { code: '1.3', cap: 80 } },
    ]);
  });

  it('reports removed keys and whole-array changes of plain arrays', () => {
    expect(diffValues({ a: 1, fields: ['x', 'y'] }, { fields: ['y'] })).toEqual([
      { path: 'a', kind: 'removed', before: 1 },
      { path: 'fields', kind: 'changed', before: ['x', 'y'], after: ['y'] },
    ]);
  });

  it('finds nothing between equal documents', () => {
    expect(diffValues({ a: [{ code: 'x', v: [1] }] }, { a: [{ code: 'x', v: [1] }] })).toEqual([]);
  });
});
