import { Layout, Space, Typography } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../features/profile';
import { PageSpinner } from '../shared/ui/query-state';
import { paths } from './route-access';

/** The frame of pages for people not signed in: login, sign-up, password reset, the public catalogue. */
export function PublicLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f3f6fb' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#fff' }}
      >
        <Link to={paths.home}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.fullName')}
          </Typography.Title>
        </Link>
        <Space size="middle">
          <Link to={paths.calls} data-testid="public-calls-link">
            {t('catalogue.nav.calls')}
          </Link>
          <Link to={paths.directions}>{t('catalogue.nav.directions')}</Link>
          <LanguageSwitch />
        </Space>
      </Layout.Header>
      <Layout.Content style={{ display: 'flex', justifyContent: 'center', padding: '40px 16px' }}>
        <div style={{ width: '100%', maxWidth: wide ? 1440 : 760 }}>
          <Suspense fallback={<PageSpinner />}>{children}</Suspense>
        </div>
      </Layout.Content>
    </Layout>
  );
}
