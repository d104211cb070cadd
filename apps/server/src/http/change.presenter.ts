import { z } from 'zod';

/**
 * One difference between two versions (`diffValues` of the domain), as every diff endpoint answers it. An added
 * value has no `before` and a removed one no `after`, so both are optional.
 */
export const changeSchema = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
