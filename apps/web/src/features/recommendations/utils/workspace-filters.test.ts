import { describe, expect, it } from 'vitest';
import type { GuideNode, WorkspaceItem } from '../api/recommendation-types';
import { callsOfItems, directionNames, distinctBy, emptyFilters, filterWorkspace } from './workspace-filters';

const label = { 'zh-CN': '待推荐', 'en-US': 'Awaiting recommendation' };
function item(over: Partial<WorkspaceItem> & { id: string }): WorkspaceItem {
  return {
    callId: 'call-a',
    directionCode: '1.1',
    title: '芬兰合作项目',
    state: { code: 'orgApproved', applicant: label, staff: label },
    organisation: { id: 'org-1', name: '龙泉青瓷智能装备有限公司', regionName: '丽水市龙泉市' },
    publicFundingWan: 30,
    recommendedByMe: false,
    recommendedIncentive: false,
    recommendedAt: null,
    ...over,
  };
}
const recommended = { code: 'recommended' as const, applicant: label, staff: label };
const items = [
  item({ id: 'a' }),
  item({ id: 'b', directionCode: '1.2', title: 'Israel joint R&D', state: recommended }),
  item({ id: 'c', callId: 'call-b', organisation: { id: 'org-2', name: '丽水学院', regionName: null } }),
];

describe('workspace filters', () => {
  it('lists the calls of the rows with their counts, in order of first appearance', () => {
    expect(callsOfItems(items)).toEqual([
      { callId: 'call-a', count: 2 },
      { callId: 'call-b', count: 1 },
    ]);
    expect(callsOfItems([])).toEqual([]);
  });

  it('keeps every row with no filter, and combines the filters', () => {
    expect(filterWorkspace(items, emptyFilters).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(filterWorkspace(items, { ...emptyFilters, state: 'recommended' }).map((i) => i.id)).toEqual(['b']);
    expect(filterWorkspace(items, { ...emptyFilters, organisationId: 'org-2' }).map((i) => i.id)).toEqual([
      'c',
    ]);
    expect(
      filterWorkspace(items, { ...emptyFilters, directionCode: '1.1', organisationId: 'org-1' }).map(
        (i) => i.id,
      ),
    ).toEqual(['a']);
  });

  it('matches text in the title, the organisation and the direction name, ignoring case and spaces', () => {
    const names = new Map([['1.2', '以色列产业研发']]);
    expect(filterWorkspace(items, { ...emptyFilters, text: '  ISRAEL ' }, names).map((i) => i.id)).toEqual([
      'b',
    ]);
    expect(filterWorkspace(items, { ...emptyFilters, text: '丽水学院' }, names).map((i) => i.id)).toEqual([
      'c',
    ]);
    expect(filterWorkspace(items, { ...emptyFilters, text: '以色列' }, names).map((i) => i.id)).toEqual([
      'b',
    ]);
    expect(filterWorkspace(items, { ...emptyFilters, text: '挪威' }, names)).toEqual([]);
  });

  it('names directions from the whole guide tree', () => {
    const nodes = [
      {
        code: '1',
        name: '双边产业联合研发计划项目',
        children: [{ code: '1.1', name: '芬兰', children: [] }],
      },
    ] as unknown as GuideNode[];
    expect(directionNames(nodes)).toEqual(
      new Map([
        ['1', '双边产业联合研发计划项目'],
        ['1.1', '芬兰'],
      ]),
    );
  });

  it('offers each value once for the filter options', () => {
    expect(
      distinctBy(
        items,
        (i) => i.organisation.id,
        (i) => i.organisation.name,
      ),
    ).toEqual([
      { value: 'org-2', label: '丽水学院' },
      { value: 'org-1', label: '龙泉青瓷智能装备有限公司' },
    ]);
  });
});
