import { Button, Col, DatePicker, Input, InputNumber, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectionFacets } from '../api/catalogue-types';
import { applicantTypes, organisationModes } from '../utils/catalogue-options';
import { countryOptions } from '../utils/country-options';
import type { DirectionFilters } from '../utils/direction-filters';

interface DirectionFiltersBarProps {
  filters: DirectionFilters;
  facets: DirectionFacets | undefined;
  /** merges a change into the filters (and goes back to the first page) */
  onChange: (change: Partial<DirectionFilters>) => void;
  onReset: () => void;
}

const full = { width: '100%' };

/** Search box and filters of the direction search; every value comes from the facets or the domain's lists. */
export function DirectionFiltersBar({ filters, facets, onChange, onReset }: DirectionFiltersBarProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  const [cap, setCap] = useState<[number | null, number | null]>([
    filters.capMin ?? null,
    filters.capMax ?? null,
  ]);
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  useEffect(() => setCap([filters.capMin ?? null, filters.capMax ?? null]), [filters.capMin, filters.capMax]);
  const applyCap = () => onChange({ capMin: cap[0] ?? undefined, capMax: cap[1] ?? undefined });
  const select = (
    key: keyof DirectionFilters,
    placeholder: string,
    options: { value: string; label: string }[],
  ) => (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      style={full}
      placeholder={placeholder}
      options={options}
      value={filters[key] as string | undefined}
      onChange={(value?: string) => onChange({ [key]: value })}
      data-testid={`filter-${key}`}
    />
  );
  const deadlines = [filters.deadlineFrom, filters.deadlineTo].map((d) => (d ? dayjs(d) : null)) as [
    dayjs.Dayjs | null,
    dayjs.Dayjs | null,
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="direction-filters">
      <Col xs={24} lg={12}>
        <Input.Search
          allowClear
          value={q}
          placeholder={t('catalogue.directions.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(value) => onChange({ q: value.trim() || undefined })}
          data-testid="direction-search"
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        {select('country', t('catalogue.directions.country'), countryOptions(facets))}
      </Col>
      <Col xs={24} sm={12} lg={6}>
        {select(
          'field',
          t('catalogue.directions.field'),
          (facets?.fields ?? []).map((f) => ({ value: f.name, label: `${f.name} (${f.count})` })),
        )}
      </Col>
      <Col xs={24} sm={12} lg={6}>
        {select(
          'category',
          t('catalogue.directions.category'),
          (facets?.categories ?? []).map((c) => ({ value: c.name, label: `${c.name} (${c.count})` })),
        )}
      </Col>
      <Col xs={24} sm={12} lg={6}>
        {select(
          'applicantType',
          t('catalogue.directions.applicantType'),
          applicantTypes.map((a) => ({ value: a, label: t(`organisationType.${a}`) })),
        )}
      </Col>
      <Col xs={24} sm={12} lg={6}>
        {select(
          'organisationMode',
          t('catalogue.directions.organisationMode'),
          organisationModes.map((m) => ({ value: m, label: t(`catalogue.organisationMode.${m}`) })),
        )}
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Space.Compact style={full}>
          <InputNumber
            min={0}
            style={full}
            placeholder={t('catalogue.directions.capMin')}
            value={cap[0]}
            onChange={(v) => setCap([v, cap[1]])}
            onBlur={applyCap}
            onPressEnter={applyCap}
            data-testid="filter-capMin"
          />
          <InputNumber
            min={0}
            style={full}
            placeholder={t('catalogue.directions.capMax')}
            value={cap[1]}
            onChange={(v) => setCap([cap[0], v])}
            onBlur={applyCap}
            onPressEnter={applyCap}
            data-testid="filter-capMax"
          />
        </Space.Compact>
      </Col>
      <Col xs={24} sm={16} lg={8}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          style={full}
          placeholder={[t('catalogue.directions.deadlineFrom'), t('catalogue.directions.deadlineTo')]}
          value={deadlines}
          onChange={(range) =>
            onChange({
              deadlineFrom: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
              deadlineTo: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
        />
      </Col>
      <Col xs={24} sm={8} lg={4}>
        <Button block onClick={onReset}>
          {t('catalogue.directions.reset')}
        </Button>
      </Col>
    </Row>
  );
}
