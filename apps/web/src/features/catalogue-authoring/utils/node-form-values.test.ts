import { describe, expect, it } from 'vitest';
import type { EditableNode } from '../api/authoring-types';
import { newNode } from './guide-tree-edit';
import { applyNodeFormChange, toNodeFormValues } from './node-form-values';

describe('node form', () => {
  const node: EditableNode = {
    ...newNode('1.1', '芬兰', 'direction'),
    fundingCapWan: 150,
    foreignDeadline: { status: 'date', date: '2024-09-25T23:59+08:00', text: '2024年9月25日' },
  };

  it('writes back only the fields that changed, so untouched values keep their stored form', () => {
    const values = toNodeFormValues(node);
    const next = applyNodeFormChange(node, { name: '芬兰（试点）' }, { ...values, name: '芬兰（试点）' });
    expect(next.name).toBe('芬兰（试点）');
    expect(next.foreignDeadline).toBe(node.foreignDeadline);
  });

  it('leaves out what the officer emptied, and reads the tri-state bilateral', () => {
    const values = toNodeFormValues(node);
    const next = applyNodeFormChange(
      node,
      { fundingCapWan: null, bilateral: 'no' },
      { ...values, fundingCapWan: null, bilateral: 'no' },
    );
    expect(next.fundingCapWan).toBeUndefined();
    expect(next.bilateral).toBe(false);
  });
});
