import { createBrowserRouter, Navigate } from 'react-router';
import { formalReviewPaths } from '../features/formal-review';
import { notificationPaths } from '../features/notifications';
import { officeDashboardPath } from '../features/office-dashboard';
import { recommendationPaths } from '../features/recommendations';
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
const CallsPage = lazyPage(() => import('../features/catalogue/pages/calls-page'), 'CallsPage');
const CallPage = lazyPage(() => import('../features/catalogue/pages/call-page'), 'CallPage');
const DirectionPage = lazyPage(() => import('../features/catalogue/pages/direction-page'), 'DirectionPage');
const DirectionsPage = lazyPage(
  () => import('../features/catalogue/pages/directions-page'),
  'DirectionsPage',
);
const ComparePage = lazyPage(() => import('../features/catalogue/pages/compare-page'), 'ComparePage');
const AuthoringCallsPage = lazyPage(
  () => import('../features/catalogue-authoring/pages/authoring-calls-page'),
  'AuthoringCallsPage',
);
const CallEditorPage = lazyPage(
  () => import('../features/catalogue-authoring/pages/call-editor-page'),
  'CallEditorPage',
);
const FinderHomeSection = lazyPage(() => import('../features/finder'), 'FinderHomeSection');
const FinderPage = lazyPage(() => import('../features/finder'), 'FinderPage');
const ApplicationsPage = lazyPage(
  () => import('../features/applications/pages/applications-page'),
  'ApplicationsPage',
);
const ApplicationPage = lazyPage(
  () => import('../features/applications/pages/application-page'),
  'ApplicationPage',
);
const OrganisationApplicationsPage = lazyPage(
  () => import('../features/applications/pages/organisation-applications-page'),
  'OrganisationApplicationsPage',
);
const NotificationsPage = lazyPage(
  () => import('../features/notifications/pages/notifications-page'),
  'NotificationsPage',
);
const RecommendationsPage = lazyPage(
  () => import('../features/recommendations/pages/recommendations-page'),
  'RecommendationsPage',
);
const RecommendationBatchPage = lazyPage(
  () => import('../features/recommendations/pages/recommendation-batch-page'),
  'RecommendationBatchPage',
);
const FormalReviewListPage = lazyPage(
  () => import('../features/formal-review/pages/formal-review-list-page'),
  'FormalReviewListPage',
);
const FormalReviewPage = lazyPage(
  () => import('../features/formal-review/pages/formal-review-page'),
  'FormalReviewPage',
);
const OfficeDashboardPage = lazyPage(
  () => import('../features/office-dashboard/pages/office-dashboard-page'),
  'OfficeDashboardPage',
);

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
        element: <SessionAwareLayout wide />,
        children: [
          { path: paths.calls, element: <CallsPage /> },
          { path: paths.call, element: <CallPage /> },
          { path: paths.direction, element: <DirectionPage /> },
          { path: paths.directions, element: <DirectionsPage /> },
          { path: paths.compare, element: <ComparePage /> },
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
          {
            path: paths.home,
            // the finder is its own feature: the app puts it under the dashboard
            element: (
              <>
                <HomePage />
                <FinderHomeSection />
              </>
            ),
          },
          // any signed-in person: the server decides who may read an application (404 otherwise)
          { path: paths.application, element: <ApplicationPage /> },
          {
            element: <RequireRoles roles={roleAccess.applications} />,
            children: [
              { path: paths.finder, element: <FinderPage /> },
              { path: paths.applications, element: <ApplicationsPage /> },
            ],
          },
          {
            element: <RequireRoles roles={roleAccess.organisationApplications} />,
            children: [{ path: paths.organisationApplications, element: <OrganisationApplicationsPage /> }],
          },
          {
            element: <RequireRoles roles={roleAccess.recommendations} />,
            children: [
              { path: recommendationPaths.workspace, element: <RecommendationsPage /> },
              { path: recommendationPaths.batch, element: <RecommendationBatchPage /> },
            ],
          },
          { path: paths.profile, element: <ProfilePage /> },
          { path: notificationPaths.inbox, element: <NotificationsPage /> },
          {
            element: <RequireRoles roles={roleAccess.members} />,
            children: [{ path: paths.members, element: <MembersPage /> }],
          },
          {
            element: <RequireRoles roles={roleAccess.verification} />,
            children: [{ path: paths.verification, element: <VerificationPage /> }],
          },
          {
            element: <RequireRoles roles={roleAccess.officeDashboard} />,
            children: [{ path: officeDashboardPath, element: <OfficeDashboardPage /> }],
          },
          {
            element: <RequireRoles roles={roleAccess.formalReview} />,
            children: [
              { path: formalReviewPaths.list, element: <FormalReviewListPage /> },
              { path: formalReviewPaths.review, element: <FormalReviewPage /> },
            ],
          },
          {
            element: <RequireRoles roles={roleAccess.catalogueAuthoring} />,
            children: [
              { path: paths.authoringCalls, element: <AuthoringCallsPage /> },
              { path: paths.authoringCall, element: <CallEditorPage /> },
            ],
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
