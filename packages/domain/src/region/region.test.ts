import { describe, expect, it } from 'vitest';
import { countyClassesOf, findRegion, isWithinRegion, regionDisplayName, regions } from './region';

describe('Zhejiang regions', () => {
  it('has 11 cities and 90 county-level divisions with unique codes', () => {
    expect(regions.filter((r) => r.level === 'city')).toHaveLength(11);
    expect(regions.filter((r) => r.level === 'county')).toHaveLength(90);
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
  });

  it('flags exactly the 26 mountain counties and the 6 island counties', () => {
    const mountain = regions.filter((r) => r.isMountainCounty).map((r) => r.name);
    expect(mountain).toHaveLength(26);
    expect(mountain).toEqual(
      expect.arrayContaining(['淳安县', '龙泉市', '景宁畲族自治县', '柯城区', '三门县']),
    );
    expect(regions.filter((r) => r.isIslandCounty).map((r) => r.name)).toEqual([
      '洞头区',
      '定海区',
      '普陀区',
      '岱山县',
      '嵊泗县',
      '玉环市',
    ]);
  });

  it('puts every county code under its city code', () => {
    for (const county of regions.filter((r) => r.level === 'county')) {
      expect(county.code.slice(0, 4)).toBe(county.parentCode!.slice(0, 4));
    }
  });

  it('answers containment, names and county classes', () => {
    expect(isWithinRegion('331181', '331100')).toBe(true);
    expect(isWithinRegion('331181', '330000')).toBe(true);
    expect(isWithinRegion('330106', '331100')).toBe(false);
    expect(regionDisplayName('331181')).toBe('浙江省 丽水市 龙泉市');
    expect(regionDisplayName('331181', 'en-US')).toBe('Longquan, Lishui, Zhejiang');
    expect(countyClassesOf('330922')).toEqual(['islandCounty']);
    expect(countyClassesOf('330106')).toEqual([]);
    expect(findRegion('999999')).toBeUndefined();
  });
});
