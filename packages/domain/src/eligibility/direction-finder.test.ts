import { describe, expect, it } from 'vitest';
import { findDirections } from './direction-finder';
import { loadAllDirections } from './test-support/catalogue-files';
import { longquanEnterprise } from './test-support/requirement.factory';

describe('findDirections over every direction of every catalogue file', () => {
  const directions = loadAllDirections();
  const matches = findDirections(directions, { lead: longquanEnterprise, now: '2024-05-01' });
  const find = (callId: string, code: string) => matches.find((m) => m.callId === callId && m.code === code);

  it('answers for every direction, eligible first, then incomplete, then ineligible', () => {
    expect(matches).toHaveLength(directions.length);
    const order = { eligible: 0, incomplete: 1, ineligible: 2 };
    const ranks = matches.map((m) => order[m.verdict]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('calls a direction ineligible only for what the organisation is, not for a missing draft', () => {
    const orgKinds = new Set(['leadType', 'quota']);
    for (const m of matches.filter((x) => x.verdict === 'ineligible')) {
      expect(m.blockingReasons.length, m.code).toBeGreaterThan(0);
      for (const reason of m.blockingReasons)
        expect(orgKinds.has(reason.kind), `${m.callId} ${m.code}`).toBe(true);
    }
  });

  it('rules out Israel (research institutes and universities lead) and carrier directions for this enterprise', () => {
    const israel = find('most-2023-intergov-batch1', '1.9');
    expect(israel?.verdict).toBe('ineligible');
    expect(israel?.blockingReasons[0]?.message['zh-CN']).toBe(
      '牵头单位为企业，不在允许的申报主体（科研院所、高等学校）之内',
    );
    expect(find('zj-2025-cooperation', '1.2.1')?.verdict).toBe('ineligible');
  });

  it('leaves the Finland direction incomplete and says which facts are missing', () => {
    const finland = find('zj-2024-intl-preparatory', '1.1');
    expect(finland?.verdict).toBe('incomplete');
    expect(finland?.missing).toEqual([
      'application.requestedFundingWan',
      'application.enterpriseRdInvestmentWan',
    ]);
    expect(finland?.blockingReasons).toEqual([]);
  });

  it('ignores draft facts it is given: only the organisation counts', () => {
    const withDraft = { lead: longquanEnterprise, application: { requestedFundingWan: 40 } };
    const again = findDirections(directions, withDraft as Parameters<typeof findDirections>[1]);
    expect(again.find((m) => m.callId === 'zj-2024-intl-preparatory' && m.code === '1.1')?.verdict).toBe(
      'incomplete',
    );
  });

  it('finds the carrier directions open to a carrier host', () => {
    const host = { ...longquanEnterprise, carrier: { name: '中芬联合实验室', otherApplicationsThisCall: 0 } };
    const forHost = findDirections(directions, { lead: host });
    expect(forHost.find((m) => m.callId === 'zj-2025-cooperation' && m.code === '1.2.1')?.verdict).toBe(
      'incomplete',
    );
  });
});
