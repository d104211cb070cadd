import {
  AimOutlined,
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  CompassOutlined,
  DiffOutlined,
  EditOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  HomeOutlined,
  LikeOutlined,
  MailOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  TeamOutlined,
  UserOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { formalReviewPaths } from '../features/formal-review';
import { officeDashboardPath } from '../features/office-dashboard';
import { recommendationPaths } from '../features/recommendations';
import type { Me, Role } from '../shared/api/api-types';
import { hasAnyRole } from '../shared/session/use-session';
import { paths, roleAccess, showDevTools } from './route-access';

interface MenuEntry {
  path: string;
  labelKey:
    | 'nav.home'
    | 'nav.members'
    | 'nav.verification'
    | 'nav.adminUsers'
    | 'nav.adminAudit'
    | 'nav.profile'
    | 'nav.devOutbox'
    | 'catalogue.nav.calls'
    | 'catalogue.nav.directions'
    | 'catalogue.nav.compare'
    | 'catalogue.nav.authoring'
    | 'finder.nav'
    | 'applications.nav.mine'
    | 'applications.nav.organisation'
    | 'recommendations.nav.workspace'
    | 'recommendations.nav.batch'
    | 'officeDashboard.nav'
    | 'formalReview.nav.list';
  icon: ReactNode;
  roles?: readonly Role[];
  devOnly?: boolean;
}

const entries: MenuEntry[] = [
  { path: paths.home, labelKey: 'nav.home', icon: <HomeOutlined /> },
  { path: paths.finder, labelKey: 'finder.nav', icon: <AimOutlined />, roles: roleAccess.applications },
  {
    path: paths.applications,
    labelKey: 'applications.nav.mine',
    icon: <FormOutlined />,
    roles: roleAccess.applications,
  },
  {
    path: paths.organisationApplications,
    labelKey: 'applications.nav.organisation',
    icon: <CheckSquareOutlined />,
    roles: roleAccess.organisationApplications,
  },
  {
    path: recommendationPaths.workspace,
    labelKey: 'recommendations.nav.workspace',
    icon: <LikeOutlined />,
    roles: roleAccess.recommendations,
  },
  {
    path: recommendationPaths.batch,
    labelKey: 'recommendations.nav.batch',
    icon: <SendOutlined />,
    roles: roleAccess.recommendations,
  },
  { path: paths.members, labelKey: 'nav.members', icon: <TeamOutlined />, roles: roleAccess.members },
  {
    path: paths.verification,
    labelKey: 'nav.verification',
    icon: <SafetyCertificateOutlined />,
    roles: roleAccess.verification,
  },
  {
    path: paths.adminUsers,
    labelKey: 'nav.adminUsers',
    icon: <UserSwitchOutlined />,
    roles: roleAccess.admin,
  },
  { path: paths.adminAudit, labelKey: 'nav.adminAudit', icon: <AuditOutlined />, roles: roleAccess.admin },
  { path: paths.calls, labelKey: 'catalogue.nav.calls', icon: <FileTextOutlined /> },
  { path: paths.directions, labelKey: 'catalogue.nav.directions', icon: <CompassOutlined /> },
  { path: paths.compare, labelKey: 'catalogue.nav.compare', icon: <DiffOutlined /> },
  {
    path: officeDashboardPath,
    labelKey: 'officeDashboard.nav',
    icon: <BarChartOutlined />,
    roles: roleAccess.officeDashboard,
  },
  {
    path: formalReviewPaths.list,
    labelKey: 'formalReview.nav.list',
    icon: <FileSearchOutlined />,
    roles: roleAccess.formalReview,
  },
  {
    path: paths.authoringCalls,
    labelKey: 'catalogue.nav.authoring',
    icon: <EditOutlined />,
    roles: roleAccess.catalogueAuthoring,
  },
  { path: paths.profile, labelKey: 'nav.profile', icon: <UserOutlined /> },
  { path: paths.devOutbox, labelKey: 'nav.devOutbox', icon: <MailOutlined />, devOnly: true },
];

/** Only the entries this person's roles open (and the dev outbox outside production builds). */
export function visibleEntries(user: Me): MenuEntry[] {
  return entries.filter(
    (entry) => (!entry.roles || hasAnyRole(user, entry.roles)) && (!entry.devOnly || showDevTools),
  );
}

export function SideMenu({ user }: { user: Me }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const items: MenuProps['items'] = visibleEntries(user).map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: t(entry.labelKey),
  }));
  const selected = entries
    .map((entry) => entry.path)
    .filter((path) => path === location.pathname || (path !== '/' && location.pathname.startsWith(path)));
  return (
    <Menu
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected}
      items={items}
      onClick={({ key }) => navigate(key)}
    />
  );
}
