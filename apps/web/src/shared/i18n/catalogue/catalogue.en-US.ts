import type { catalogueZhCN } from './catalogue.zh-CN';
import { catalogueAuthoringEnUS } from './catalogue-authoring.en-US';
import { cataloguePublicEnUS } from './catalogue-public.en-US';
import { catalogueTermsEnUS } from './catalogue-terms.en-US';

/** The `catalogue` block of en-US, with the same keys as zh-CN. */
export const catalogueEnUS: typeof catalogueZhCN = {
  ...catalogueTermsEnUS,
  ...cataloguePublicEnUS,
  authoring: catalogueAuthoringEnUS,
};
