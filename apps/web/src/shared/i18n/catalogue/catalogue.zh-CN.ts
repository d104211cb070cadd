import { catalogueAuthoringZhCN } from './catalogue-authoring.zh-CN';
import { cataloguePublicZhCN } from './catalogue-public.zh-CN';
import { catalogueTermsZhCN } from './catalogue-terms.zh-CN';

/** The `catalogue` block of zh-CN: the vocabulary, the public pages, and the editor under `authoring`. */
export const catalogueZhCN = {
  ...catalogueTermsZhCN,
  ...cataloguePublicZhCN,
  authoring: catalogueAuthoringZhCN,
};
