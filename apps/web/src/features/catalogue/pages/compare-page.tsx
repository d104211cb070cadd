import { Empty, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { useCompare, useDirectionFacets } from '../api/catalogue.api';
import { CompareChanges } from '../components/compare-changes';
import { CompareGrid } from '../components/compare-grid';
import { countryOptions } from '../utils/country-options';

/** One partner country or region across the years: the directions side by side and what changed. */
export function ComparePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const country = params.get('country')?.trim() ?? '';
  const facets = useDirectionFacets();
  const compare = useCompare(country);
  return (
    <>
      <PageTitle
        extra={
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 260 }}
            placeholder={t('catalogue.compare.pickCountry')}
            options={countryOptions(facets.data)}
            value={country || undefined}
            onChange={(value: string) => setParams({ country: value })}
            data-testid="compare-country"
          />
        }
      >
        {t('catalogue.compare.title')}
      </PageTitle>
      <QueryErrorAlert error={compare.error} />
      {!country && <Empty description={t('catalogue.compare.pickCountry')} />}
      {country && compare.isPending && <PageSpinner />}
      {compare.data &&
        (compare.data.items.length === 0 ? (
          <Empty description={t('catalogue.compare.empty')} />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <CompareGrid data={compare.data} />
            <CompareChanges changes={compare.data.changes} />
          </Space>
        ))}
    </>
  );
}
