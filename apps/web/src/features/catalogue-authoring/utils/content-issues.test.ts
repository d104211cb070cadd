import { describe, expect, it } from 'vitest';
import { fieldStatus, nodeKeysWithIssues, placeIssue } from './content-issues';
import { tokenizePath } from './diff-path-words';

describe('placing the server validation issues', () => {
  it('reads the node and the field of a nested path', () => {
    expect(placeIssue({ path: 'nodes.0.children.2.requirements.1.params.maxWan', message: 'x' })).toEqual({
      nodePath: [0, 2],
      field: ['requirements', '1', 'params', 'maxWan'],
      message: 'x',
    });
    expect(placeIssue({ path: 'submissionWindow.end', message: 'y' })).toEqual({
      nodePath: null,
      field: ['submissionWindow', 'end'],
      message: 'y',
    });
  });

  it('marks the node and the way down to it, and the field with its message', () => {
    const issues = [placeIssue({ path: 'nodes.1.children.0.fundingCapWan', message: 'expected number' })];
    expect([...nodeKeysWithIssues(issues)]).toEqual(['1', '1-0']);
    expect(fieldStatus(issues, [1, 0], ['fundingCapWan'])).toEqual({
      validateStatus: 'error',
      help: 'expected number',
    });
    expect(fieldStatus(issues, [1], ['fundingCapWan'])).toEqual({});
  });
});

describe('diff paths', () => {
  it('splits keyed paths into properties and keys', () => {
    expect(tokenizePath('nodes[1].children[1.1].name')).toEqual([
      { prop: 'nodes' },
      { key: '1' },
      { prop: 'children' },
      { key: '1.1' },
      { prop: 'name' },
    ]);
  });
});
