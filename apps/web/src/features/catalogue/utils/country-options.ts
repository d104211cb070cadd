import type { DirectionFacets } from '../api/catalogue-types';

export interface CountryOption {
  /** what the API's `country` filter takes: the ISO code where it names one partner, else the name */
  value: string;
  label: string;
}

/**
 * Options for a country-or-region filter. Several Chinese aid regions share the code CN and some European
 * groupings have none, so those are filtered by name; the others by their code (FI), which reads well in a URL.
 */
export function countryOptions(facets: DirectionFacets | undefined): CountryOption[] {
  const countries = facets?.countries ?? [];
  const codeCount = new Map<string, number>();
  for (const c of countries) if (c.code) codeCount.set(c.code, (codeCount.get(c.code) ?? 0) + 1);
  return countries.map((c) => ({
    value: c.code && codeCount.get(c.code) === 1 ? c.code : c.name,
    label: `${c.name} (${c.count})`,
  }));
}
