import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useDirectionFacets, useDirections } from '../api/catalogue.api';
import { DirectionFiltersBar } from '../components/direction-filters-bar';
import { DirectionsTable } from '../components/directions-table';
import {
  type DirectionFilters,
  readDirectionFilters,
  toDirectionQuery,
  writeDirectionFilters,
} from '../utils/direction-filters';

/** Search directions across calls; the filters live in the URL so a search can be shared as a link. */
export function DirectionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readDirectionFilters(params);
  const directions = useDirections(toDirectionQuery(filters));
  const facets = useDirectionFacets();
  const update = (next: DirectionFilters) => setParams(writeDirectionFilters(next));
  return (
    <>
      <PageTitle>{t('catalogue.directions.title')}</PageTitle>
      <DirectionFiltersBar
        filters={filters}
        facets={facets.data}
        onChange={(change) => update({ ...filters, ...change, page: 1 })}
        onReset={() => update({ page: 1, pageSize: filters.pageSize })}
      />
      <QueryErrorAlert error={directions.error} />
      <DirectionsTable
        items={directions.data?.items ?? []}
        total={directions.data?.total ?? 0}
        page={filters.page}
        pageSize={filters.pageSize}
        isLoading={directions.isFetching}
        onPage={(page, pageSize) => update({ ...filters, page, pageSize })}
      />
    </>
  );
}
