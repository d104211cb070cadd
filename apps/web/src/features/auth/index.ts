/** What the app frame may use from the auth feature. Pages are routed by path, not exported here. */
export { useLogout } from './api/auth.api';
