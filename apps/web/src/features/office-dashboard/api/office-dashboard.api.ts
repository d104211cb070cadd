import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api-client';
import { exportUrl } from '../utils/office-filters';
import type { OfficeDashboard, OfficeListFilters, OfficeListPage } from './office-dashboard-types';

/** The overview of one call, or of every call when none is chosen. */
export function useOfficeDashboard(callId: string | undefined) {
  return useQuery({
    queryKey: ['office-dashboard', 'overview', callId ?? null],
    queryFn: () => api.get<OfficeDashboard>('/office/dashboard', { callId }),
    placeholderData: keepPreviousData,
  });
}

/** One page of the office's application list. */
export function useOfficeApplications(filters: OfficeListFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['office-dashboard', 'applications', filters, page, pageSize],
    queryFn: () => api.get<OfficeListPage>('/office/applications', { ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Addresses of the xlsx downloads; the browser fetches them with the session cookie. */
export const officeExportUrls = {
  dashboard: (callId: string | undefined) => exportUrl('/office/dashboard.xlsx', { callId }),
  applications: (filters: OfficeListFilters) => exportUrl('/office/applications.xlsx', filters),
};
