import { describe, expect, it } from 'vitest';
import type { BatchStatus } from '../api/recommendation-types';
import { batchReadiness } from './batch-readiness';

const ready: BatchStatus = {
  callId: 'call-a',
  recommended: 2,
  letterGeneratedAt: '2026-09-01T02:00:00.000Z',
  summaryGeneratedAt: '2026-09-01T02:00:00.000Z',
  scan: { fileName: '盖章扫描件.pdf', sha256: 'ab', uploadedAt: '2026-09-01T03:00:00.000Z' },
  sentAt: null,
};
const deadline = '2026-09-20T17:30:00+08:00';
const before = Date.parse('2026-09-20T17:30:00+08:00');

describe('batch readiness', () => {
  it('allows sending with letter, summary and scan, up to the deadline itself', () => {
    expect(batchReadiness(ready, deadline, before)).toEqual({ canSend: true, blockers: [] });
    expect(batchReadiness(ready, null, before).canSend).toBe(true);
  });

  it('names each missing piece', () => {
    const empty = { ...ready, letterGeneratedAt: null, summaryGeneratedAt: null, scan: null };
    expect(batchReadiness(empty, deadline, before)).toEqual({
      canSend: false,
      blockers: ['letter', 'summary', 'scan'],
    });
    expect(batchReadiness({ ...ready, scan: null }, deadline, before).blockers).toEqual(['scan']);
    expect(batchReadiness({ ...ready, recommended: 0 }, deadline, before).blockers).toEqual([
      'nothingRecommended',
    ]);
  });

  it('refuses after the deadline and once sent', () => {
    expect(batchReadiness(ready, deadline, before + 1000)).toEqual({ canSend: false, blockers: ['closed'] });
    expect(
      batchReadiness({ ...ready, sentAt: '2026-09-02T00:00:00.000Z' }, deadline, before).blockers,
    ).toEqual(['sent']);
  });
});
