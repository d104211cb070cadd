import { findRegion } from '@yanzhen/domain';
import { z } from 'zod';
import { officeListStates } from './office-dashboard.scope';

/** A call id as the catalogue writes them (kebab-case). */
const callId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'kebab-case id');

/** The overview: one call, or every call when none is given. */
export const dashboardQuerySchema = z.object({ callId: callId.optional() });
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

/** The filters of the office's application list (and of its xlsx export). */
export const listFiltersSchema = z.object({
  callId: callId.optional(),
  state: z.enum(officeListStates).optional(),
  /** a city's six-digit region code: the lead organisation lies in it */
  city: z
    .string()
    .regex(/^\d{6}$/, 'a six-digit region code')
    .refine((code) => findRegion(code)?.level === 'city', 'a six-digit region code')
    .optional(),
  /** the recommending body's organisation id */
  recommender: z.uuid().optional(),
  /** the direction's partner country: its code (FI) or its name as the catalogue writes it */
  country: z.string().trim().min(1).max(50).optional(),
  /** one of the direction's priority fields */
  field: z.string().trim().min(1).max(50).optional(),
  /** words in the project title */
  q: z.string().trim().max(100).optional(),
});
export type ListFilters = z.output<typeof listFiltersSchema>;

export const listQuerySchema = listFiltersSchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.output<typeof listQuerySchema>;
