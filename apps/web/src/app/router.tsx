import { createBrowserRouter, Navigate } from 'react-router';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './not-found-page';
import { paths, roleAccess } from './route-access';
import { RouteErrorPage } from './route-error-page';
import { AuthenticatedLayout, GuestOnly, RequireRoles, SessionAwareLayout } from './route-guards';

const LoginPage = lazyPage(() => import('../features/auth/pages/login-page'), 'LoginPage');
const SignupPage = lazyPage(() => import('../features/auth/pages/signup-page'), 'SignupPage');
const ResetRequestPage = lazyPage(
  () => import('../features/auth/pages/reset-password-request-page'),
  'ResetPasswordRequestPage',
);
const ResetConfirmPage = lazyPage(
  () => import('../features/auth/pages/reset-password-confirm-page'),
  'ResetPasswordConfirmPage',
);
const HomePage = lazyPage(() => import('../features/dashboard/pages/home-page'), 'HomePage');
const ProfilePage = lazyPage(() => import('../features/profile/pages/profile-page'), 'ProfilePage');
const MembersPage = lazyPage(() => import('../features/organisations/pages/members-page'), 'MembersPage');
const VerificationPage = lazyPage(
  () => import('../features/verification/pages/verification-page'),
  'VerificationPage',
);
const AdminUsersPage = lazyPage(() => import('../features/admin/pages/admin-users-page'), 'AdminUsersPage');
const AdminAuditPage = lazyPage(() => import('../features/admin/pages/admin-audit-page'), 'AdminAuditPage');
const DevOutboxPage = lazyPage(() => import('../features/dev-outbox/pages/dev-outbox-page'), 'DevOutboxPage');

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <GuestOnly />,
        children: [
          { path: paths.login, element: <LoginPage /> },
          { path: paths.signup, element: <SignupPage /> },
        ],
      },
      {
        element: <SessionAwareLayout />,
        children: [
          { path: paths.forgotPassword, element: <ResetRequestPage /> },
          { path: paths.resetPassword, element: <ResetConfirmPage /> },
          { path: paths.devOutbox, element: <DevOutboxPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: <AuthenticatedLayout />,
        children: [
          { path: paths.home, element: <HomePage /> },
          { path: paths.profile, element: <ProfilePage /> },
          {
            element: <RequireRoles roles={roleAccess.members} />,
            children: [{ path: paths.members, element: <MembersPage /> }],
          },
          {
            element: <RequireRoles roles={roleAccess.verification} />,
            children: [{ path: paths.verification, element: <VerificationPage /> }],
          },
          {
            element: <RequireRoles roles={roleAccess.admin} />,
            children: [
              { path: '/admin', element: <Navigate to={paths.adminUsers} replace /> },
              { path: paths.adminUsers, element: <AdminUsersPage /> },
              { path: paths.adminAudit, element: <AdminAuditPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
