import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import type { Role } from '../shared/api/api-types';
import { hasAnyRole, useSession } from '../shared/session/use-session';
import { PageSpinner } from '../shared/ui/query-state';
import { AppLayout } from './app-layout';
import { PublicLayout } from './public-layout';
import { paths } from './route-access';

/** Only a same-site path is accepted as the place to return to after login. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : paths.home;
}

/** Login and sign-up: a signed-in person goes straight on to where they wanted to be. */
export function GuestOnly() {
  const { user, isLoading } = useSession();
  const [params] = useSearchParams();
  if (isLoading) return <PageSpinner />;
  if (user) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <PublicLayout>
      <Outlet />
    </PublicLayout>
  );
}

/**
 * Pages anyone may open: inside the app frame when signed in, the public frame otherwise. `wide` gives
 * signed-out visitors the full width (tables of the public catalogue) instead of the narrow form column.
 */
export function SessionAwareLayout({ wide = false }: { wide?: boolean }) {
  const { user, isLoading } = useSession();
  if (isLoading) return <PageSpinner />;
  if (!user) {
    return (
      <PublicLayout wide={wide}>
        <Outlet />
      </PublicLayout>
    );
  }
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}

/** Pages for signed-in people; others are sent to login and brought back afterwards. */
export function AuthenticatedLayout() {
  const { user, isLoading } = useSession();
  const location = useLocation();
  if (isLoading) return <PageSpinner />;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    const target = next === paths.home ? paths.login : `${paths.login}?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}

/** Shows the nested pages only to people holding one of `roles`. */
export function RequireRoles({ roles }: { roles: readonly Role[] }) {
  const { user } = useSession();
  const { t } = useTranslation();
  if (!hasAnyRole(user, roles)) {
    return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbidden')} />;
  }
  return <Outlet />;
}
