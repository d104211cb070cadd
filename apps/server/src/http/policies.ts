import { hasAnyRole } from '@yanzhen/domain';
import type { Policy } from './route';

/** Anyone, signed in or not. */
export const publicPolicy: Policy = { name: 'public', authenticated: false, allow: () => true };
/** Any signed-in person, whatever their membership status. */
export const signedInPolicy: Policy = { name: 'signedIn', authenticated: true, allow: (actor) => !!actor };
export const sysAdminPolicy: Policy = {
  name: 'sysAdmin',
  authenticated: true,
  allow: (actor) => hasAnyRole(actor, 'sysAdmin'),
};
