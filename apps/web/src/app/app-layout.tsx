import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Space, Typography } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { LanguageSwitch } from '../features/profile';
import { useCurrentUser } from '../shared/session/use-session';
import { PageSpinner } from '../shared/ui/query-state';
import { paths } from './route-access';
import { SideMenu } from './side-menu';

const headerStyle = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  background: '#fff',
  borderBottom: '1px solid #f0f0f0',
  padding: '0 24px',
};

/** The frame of every signed-in page: header with language and account, role-aware side menu. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const accountItems = [
    { key: 'profile', icon: <UserOutlined />, label: t('nav.profile') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
  ];
  const onAccountClick = ({ key }: { key: string }) => {
    if (key === 'profile') return navigate(paths.profile);
    logout.mutate(undefined, { onSuccess: () => navigate(paths.login) });
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={headerStyle}>
        <Link to={paths.home}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.fullName')}
          </Typography.Title>
        </Link>
        <Space size="middle">
          <NotificationBell />
          <LanguageSwitch />
          <Dropdown menu={{ items: accountItems, onClick: onAccountClick }} trigger={['click']}>
            <Button type="text" data-testid="account-menu">
              <Space>
                {user.name}
                <DownOutlined />
              </Space>
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light" breakpoint="lg" collapsedWidth={0}>
          <SideMenu user={user} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<PageSpinner />}>{children}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
