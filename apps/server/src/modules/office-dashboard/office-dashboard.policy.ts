import { hasAnyRole } from '@yanzhen/domain';
import type { Policy } from '../../http/route';

/**
 * The programme office reads the overview, its list and their exports; system administrators may read them too
 * (as they read the catalogue). Nothing here changes data.
 */
export const officeDashboardPolicy: Policy = {
  name: 'officeDashboard.read',
  authenticated: true,
  allow: (actor) => hasAnyRole(actor, 'programmeOfficer', 'sysAdmin'),
};
