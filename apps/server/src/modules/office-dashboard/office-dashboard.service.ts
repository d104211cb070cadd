import type { Readable } from 'node:stream';
import { formatShanghai } from '@yanzhen/domain';
import type { Clock } from '../../shared/clock';
import { writeDashboardSheets } from './documents/office-dashboard.xlsx';
import { officeListColumns } from './documents/office-list.xlsx';
import { streamWorkbook, writeTableSheet } from './documents/xlsx-table';
import { type DashboardView, presentDashboard, presentListItem } from './office-dashboard.presenter';
import type { OfficeDashboardRepository } from './office-dashboard.repository';
import type { ListFilters, ListQuery } from './office-dashboard.schema';

/** The programme office's overview of applications, its filtered list, and both as xlsx. */
export function createOfficeDashboardService(deps: { dashboard: OfficeDashboardRepository; clock: Clock }) {
  const { dashboard, clock } = deps;

  async function scopeTitle(callId: string | undefined) {
    if (!callId) return '全部通知 All calls';
    const call = (await dashboard.listCalls()).find((c) => c.id === callId);
    return call?.title ?? callId;
  }

  /** Counts and sums for one call, or for every call; a call without applications gives zeros. */
  async function overview(callId: string | undefined): Promise<DashboardView> {
    const { breakdowns, fields, directions } = await dashboard.overview(callId);
    return presentDashboard(callId, breakdowns, fields, directions, clock.now());
  }

  return {
    overview,
    calls: () => dashboard.listCalls(),

    /** One page of the office's list. */
    async list(query: ListQuery) {
      const { page, pageSize, ...filters } = query;
      const { rows, total } = await dashboard.listPage(filters, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: rows.map(presentListItem), total, page, pageSize };
    },

    /** Every application matching the filters, as a streamed xlsx. */
    listXlsx(filters: ListFilters): Readable {
      const now = clock.now();
      return streamWorkbook({ title: '申报书清单 Applications', created: now }, async (workbook) => {
        const title = `${await scopeTitle(filters.callId)} · 申报书清单（导出时间 ${formatShanghai(now)} 北京时间）`;
        await writeTableSheet(
          workbook,
          '申报书 Applications',
          title,
          officeListColumns,
          dashboard.listAll(filters),
        );
      });
    },

    /** The overview's tables as a streamed xlsx, one sheet per table. */
    async dashboardXlsx(callId: string | undefined): Promise<Readable> {
      const [view, title] = await Promise.all([overview(callId), scopeTitle(callId)]);
      return streamWorkbook({ title: '申报情况统计 Overview', created: clock.now() }, (workbook) =>
        writeDashboardSheets(workbook, view, title),
      );
    },
  };
}
export type OfficeDashboardService = ReturnType<typeof createOfficeDashboardService>;
