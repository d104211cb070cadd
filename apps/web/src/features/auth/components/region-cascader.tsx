import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Region, useRegions } from '../api/regions.api';

interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

function buildOptions(regions: Region[], english: boolean): RegionOption[] {
  const byParent = new Map<string | null, Region[]>();
  for (const region of regions) {
    byParent.set(region.parentCode, [...(byParent.get(region.parentCode) ?? []), region]);
  }
  const toOption = (region: Region): RegionOption => {
    const children = byParent.get(region.code);
    return {
      value: region.code,
      label: english ? region.nameEn : region.name,
      children: children?.map(toOption),
    };
  };
  return regions.filter((region) => region.level === 'province').map(toOption);
}

/** Codes from the province down to `code`, which is what the cascader shows as its value. */
function pathTo(regions: Region[], code: string | undefined): string[] {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const path: string[] = [];
  for (let current = code ? byCode.get(code) : undefined; current; ) {
    path.unshift(current.code);
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return path;
}

interface RegionCascaderProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
}

/** Zhejiang → city → county; the form value is the code of the last level chosen. */
export function RegionCascader({ id, value, onChange }: RegionCascaderProps) {
  const { t, i18n } = useTranslation();
  const { data: regions = [], isPending } = useRegions();
  const options = useMemo(() => buildOptions(regions, i18n.language === 'en-US'), [regions, i18n.language]);
  return (
    <Cascader<RegionOption>
      id={id}
      data-testid="region-cascader"
      options={options}
      loading={isPending}
      value={pathTo(regions, value)}
      changeOnSelect
      showSearch
      placeholder={t('signup.regionPlaceholder')}
      onChange={(path) => onChange?.(path?.at(-1)?.toString())}
    />
  );
}

/** The 山区26县 / 海岛县 note for the chosen county, or null when it is neither. */
export function useRegionHint(code: string | undefined): string | null {
  const { t, i18n } = useTranslation();
  const { data: regions = [] } = useRegions();
  const region = regions.find((r) => r.code === code);
  if (!region || !(region.isMountainCounty || region.isIslandCounty)) return null;
  const name = i18n.language === 'en-US' ? region.nameEn : region.name;
  return region.isMountainCounty ? t('signup.mountainCounty', { name }) : t('signup.islandCounty', { name });
}
