import { describe, expect, it } from 'vitest';
import { evaluateOne, requirementOf } from '../test-support/requirement.factory';

describe('projectNamePattern', () => {
  const rule = requirementOf('projectNamePattern', {
    pattern: '^中(英|法|意|西|比).+联合实验室$',
    description: '中+合作国家简称+研究领域+联合实验室',
  });
  it('passes a name in the pattern and fails one outside it', () => {
    expect(evaluateOne(rule, { application: { name: '中英人工智能联合实验室' } }).outcome).toBe('pass');
    const r = evaluateOne(rule, { application: { name: '中德人工智能联合实验室' } });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe(
      '项目名称“中德人工智能联合实验室”不符合“中+合作国家简称+研究领域+联合实验室”的格式',
    );
  });
  it('is unknown without a name, and flags a malformed pattern', () => {
    expect(evaluateOne(rule, { application: {} }).missing).toEqual(['application.name']);
    const broken = requirementOf('projectNamePattern', { pattern: '(', description: 'x' });
    const r = evaluateOne(broken, { application: { name: 'x' } });
    expect(r.outcome).toBe('unknown');
    expect(r.message['en-US']).toContain('malformed');
  });
});

describe('trlMax', () => {
  const rule = requirementOf('trlMax', { max: 4 });
  it('passes TRL 4 and fails TRL 5', () => {
    expect(evaluateOne(rule, { application: { trl: 4 } }).outcome).toBe('pass');
    expect(evaluateOne(rule, { application: { trl: 5 } }).message['en-US']).toBe(
      'TRL 5 exceeds the maximum of 4',
    );
  });
  it('is unknown without a TRL', () => {
    expect(evaluateOne(rule, {}).missing).toEqual(['application.trl']);
  });
});
