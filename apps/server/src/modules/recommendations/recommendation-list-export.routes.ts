import { formatShanghai, hasRole, regionDisplayName } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute, type Policy } from '../../http/route';
import { applicationColumns } from '../office-dashboard/documents/application-columns';
import { streamWorkbook, type TableColumn, writeTableSheet } from '../office-dashboard/documents/xlsx-table';
import { sendXlsx } from '../office-dashboard/xlsx-response';
import type { RecommendationRepository } from './recommendation.repository';
import { workspaceStates } from './recommendation.routes';

type WorkspaceRow = Awaited<ReturnType<RecommendationRepository['listInJurisdiction']>>[number] & {
  recommendedByMe: boolean;
};

const columns: readonly TableColumn<WorkspaceRow>[] = [
  applicationColumns.title,
  { zh: '通知编号', en: 'Call', kind: 'text', width: 28, value: (r) => r.callId },
  { zh: '指南方向', en: 'Direction', kind: 'text', width: 12, value: (r) => r.directionCode },
  applicationColumns.leadOrganisation,
  {
    zh: '所在地区',
    en: 'Region',
    kind: 'text',
    width: 22,
    value: (r) => (r.organisationRegionCode ? regionDisplayName(r.organisationRegionCode) : ''),
  },
  applicationColumns.state,
  applicationColumns.publicFunding,
  {
    zh: '由本单位推荐',
    en: 'Recommended by us',
    kind: 'text',
    width: 10,
    value: (r) => (r.recommendedByMe ? '是' : '否'),
  },
  {
    zh: '单列激励名额',
    en: 'Incentive place',
    kind: 'text',
    width: 10,
    value: (r) => (r.recommendedIncentive ? '是' : '否'),
  },
  applicationColumns.recommendedAt,
  applicationColumns.lastSavedAt,
];

const recommenderPolicy: Policy = {
  name: 'recommendation.workspaceExport',
  authenticated: true,
  allow: (actor) => hasRole(actor, 'recommender'),
};

/** The recommender's workspace list, with the same filters, as xlsx. */
export function registerRecommendationListExportRoutes(app: FastifyInstance, deps: Deps) {
  const { repos, clock } = deps;
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/recommendations/list.xlsx',
    schema: {
      tags: ['recommendations'],
      summary: 'My workspace list (applications in my jurisdiction) with its filters, as xlsx',
      querystring: z.object({
        callId: z.string().max(100).optional(),
        state: z.enum(workspaceStates).optional(),
      }),
      response: {
        200: z.any(),
        400: errorBodySchema,
        401: errorBodySchema,
        403: errorBodySchema,
      },
    },
    policy: recommenderPolicy,
    handler: async (req, reply) => {
      const actor = req.ctx.actor!;
      // the export holds every matching application, however many the on-screen list shows
      const rows = await repos.recommendations.listInJurisdiction(
        actor.jurisdiction,
        { callId: req.query.callId, states: req.query.state ? [req.query.state] : [...workspaceStates] },
        1_000_000,
      );
      const body = actor.organisationId
        ? await repos.organisations.findById(actor.organisationId)
        : undefined;
      const now = clock.now();
      const stream = streamWorkbook(
        { title: '推荐工作台清单 Recommendation workspace', created: now },
        async (workbook) => {
          await writeTableSheet(
            workbook,
            '申报书 Applications',
            `${body?.name ?? ''} · 辖区申报书清单（导出时间 ${formatShanghai(now)} 北京时间）`,
            columns,
            rows.map((r) => ({ ...r, recommendedByMe: !!body && r.recommenderOrganisationId === body.id })),
          );
        },
      );
      return sendXlsx(reply, `recommendations-${req.query.callId ?? 'all'}.xlsx`, stream);
    },
  });
}
