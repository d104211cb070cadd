import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/api-client';
import type { CheckFilter, OfficeListFilters, OfficeListItem, OfficeState } from '../api/formal-review-types';

const states: OfficeState[] = [
  'recommended',
  'inFormalReview',
  'acceptedForExpertReview',
  'returnedForCorrection',
  'rejected',
];
const checkFilters: CheckFilter[] = ['passed', 'failed', 'notRun'];

/** Call, state, recommending body and check result; the recommenders offered are those seen in the list. */
export function OfficeFilters({
  value,
  items,
  stateLabel,
  onChange,
}: {
  value: OfficeListFilters;
  items: OfficeListItem[];
  stateLabel: (state: OfficeState) => string;
  onChange: (next: OfficeListFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const calls = useQuery({
    queryKey: ['formal-review', 'calls'],
    queryFn: () => api.get<{ items: { id: string; title: string; titleEn: string | null }[] }>('/calls'),
    staleTime: 5 * 60_000,
  });
  const recommenders = new Map(
    items.flatMap((i) => (i.recommender ? [[i.recommender.id, i.recommender.name]] : [])),
  );
  const set = (patch: Partial<OfficeListFilters>) => onChange({ ...value, ...patch, page: 1 });
  return (
    <Space wrap>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ minWidth: 320 }}
        placeholder={t('formalReview.list.callPlaceholder')}
        value={value.callId}
        loading={calls.isPending}
        onChange={(callId) => set({ callId })}
        options={(calls.data?.items ?? []).map((c) => ({
          value: c.id,
          label: i18n.language === 'en-US' ? (c.titleEn ?? c.title) : c.title,
        }))}
        data-testid="filter-call"
      />
      <Select
        allowClear
        style={{ minWidth: 180 }}
        placeholder={t('formalReview.list.statePlaceholder')}
        value={value.state}
        onChange={(state) => set({ state })}
        options={states.map((s) => ({ value: s, label: stateLabel(s) }))}
        data-testid="filter-state"
      />
      <Select
        allowClear
        style={{ minWidth: 180 }}
        placeholder={t('formalReview.list.recommenderPlaceholder')}
        value={value.recommenderId}
        onChange={(recommenderId) => set({ recommenderId })}
        options={[...recommenders].map(([id, name]) => ({ value: id, label: name }))}
      />
      <Select
        allowClear
        style={{ minWidth: 160 }}
        placeholder={t('formalReview.list.checksPlaceholder')}
        value={value.checks}
        onChange={(checks) => set({ checks })}
        options={checkFilters.map((c) => ({ value: c, label: t(`formalReview.list.checks.${c}`) }))}
        data-testid="filter-checks"
      />
    </Space>
  );
}
