import { zhejiangCities, zhejiangProvince } from './zhejiang-regions.data';

export type RegionLevel = 'province' | 'city' | 'county';
export type Region = {
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
  isMountainCounty: boolean;
  isIslandCounty: boolean;
};

function buildRegions(): Region[] {
  const flat = (
    code: string,
    name: string,
    nameEn: string,
    level: RegionLevel,
    parentCode: string | null,
  ) => ({
    code,
    name,
    nameEn,
    level,
    parentCode,
    isMountainCounty: false,
    isIslandCounty: false,
  });
  const out: Region[] = [
    flat(zhejiangProvince.code, zhejiangProvince.name, zhejiangProvince.nameEn, 'province', null),
  ];
  for (const city of zhejiangCities) {
    out.push(flat(city.code, city.name, city.nameEn, 'city', zhejiangProvince.code));
    for (const [code, name, nameEn, flag] of city.counties) {
      out.push({
        ...flat(code, name, nameEn, 'county', city.code),
        isMountainCounty: flag === 'mountain',
        isIslandCounty: flag === 'island',
      });
    }
  }
  return out;
}

export const regions: readonly Region[] = buildRegions();
const byCode = new Map(regions.map((r) => [r.code, r]));

export function findRegion(code: string): Region | undefined {
  return byCode.get(code);
}

/** The region and all its ancestors, nearest first. */
export function regionLineage(code: string): Region[] {
  const out: Region[] = [];
  let current = byCode.get(code);
  while (current) {
    out.push(current);
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return out;
}

/** Whether `code` is `ancestorCode` or lies within it (a county within its city, a city within the province). */
export function isWithinRegion(code: string, ancestorCode: string): boolean {
  return regionLineage(code).some((r) => r.code === ancestorCode);
}

/** "浙江省 丽水市 龙泉市" */
export function regionDisplayName(code: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  const names = regionLineage(code)
    .reverse()
    .map((r) => (locale === 'zh-CN' ? r.name : r.nameEn));
  return locale === 'zh-CN' ? names.join(' ') : names.reverse().join(', ');
}

export type CountyClass = 'mountainCounty' | 'islandCounty';
export function countyClassesOf(code: string): CountyClass[] {
  const r = byCode.get(code);
  if (!r) return [];
  const out: CountyClass[] = [];
  if (r.isMountainCounty) out.push('mountainCounty');
  if (r.isIslandCounty) out.push('islandCounty');
  return out;
}
