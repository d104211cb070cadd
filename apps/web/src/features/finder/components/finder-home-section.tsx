import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import { useSession } from '../../../shared/session/use-session';
import { FinderPanel } from './finder-panel';

/**
 * The finder on the home page, for active members of a verified organisation (others see nothing: a pending
 * organisation cannot apply yet, and the dashboard already says so).
 */
export function FinderHomeSection() {
  const { t } = useTranslation();
  const { user } = useSession();
  const applies =
    user?.status === 'active' && user.organisation?.status === 'verified' && user.roles.includes('applicant');
  if (!applies) return null;
  return (
    <Card
      title={t('finder.homeTitle')}
      extra={<Link to={paths.finder}>{t('finder.openPage')}</Link>}
      style={{ marginTop: 24 }}
      data-testid="home-finder"
    >
      <FinderPanel />
    </Card>
  );
}
