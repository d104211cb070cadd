import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStateCode, WorkspaceItem } from '../api/recommendation-types';
import { useBilingual } from '../hooks/use-bilingual';
import { distinctBy, emptyFilters, type WorkspaceFilters } from '../utils/workspace-filters';

interface WorkspaceFiltersBarProps {
  items: WorkspaceItem[];
  names: ReadonlyMap<string, string>;
  value: WorkspaceFilters;
  onChange: (value: WorkspaceFilters) => void;
}

/** Filters of the workspace list: state, organisation, direction, and free text. */
export function WorkspaceFiltersBar({ items, names, value, onChange }: WorkspaceFiltersBarProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const states = distinctBy<ApplicationStateCode>(
    items,
    (i) => i.state.code,
    (i) => pick(i.state.staff),
  );
  const organisations = distinctBy(
    items,
    (i) => i.organisation.id,
    (i) => i.organisation.name,
  );
  const directions = distinctBy(
    items,
    (i) => i.directionCode,
    (i) => `${i.directionCode} ${names.get(i.directionCode) ?? ''}`.trim(),
  );
  const set = (patch: Partial<WorkspaceFilters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap data-testid="workspace-filters">
      <Select
        data-testid="filter-state"
        style={{ minWidth: 160 }}
        allowClear
        placeholder={t('recommendations.filters.allStates')}
        aria-label={t('recommendations.filters.state')}
        value={value.state ?? undefined}
        onChange={(state) => set({ state: state ?? null })}
        options={states}
      />
      <Select
        data-testid="filter-organisation"
        style={{ minWidth: 200 }}
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('recommendations.filters.allOrganisations')}
        aria-label={t('recommendations.filters.organisation')}
        value={value.organisationId ?? undefined}
        onChange={(organisationId) => set({ organisationId: organisationId ?? null })}
        options={organisations}
      />
      <Select
        data-testid="filter-direction"
        style={{ minWidth: 200 }}
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('recommendations.filters.allDirections')}
        aria-label={t('recommendations.filters.direction')}
        value={value.directionCode ?? undefined}
        onChange={(directionCode) => set({ directionCode: directionCode ?? null })}
        options={directions}
      />
      <Input.Search
        data-testid="filter-text"
        allowClear
        style={{ width: 260 }}
        placeholder={t('recommendations.filters.text')}
        value={value.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <Button onClick={() => onChange(emptyFilters)}>{t('recommendations.filters.reset')}</Button>
    </Space>
  );
}
