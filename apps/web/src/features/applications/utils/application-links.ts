import { paths } from '../../../shared/routes/paths';

/** `/applications/:id` for one application. */
export const applicationPath = (id: string) => paths.application.replace(':id', encodeURIComponent(id));
