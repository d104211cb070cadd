import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { FinderPanel } from '../components/finder-panel';

/** `/finder`: what my organisation can apply to, and what is missing. */
export function FinderPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('finder.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('finder.intro')}</Typography.Paragraph>
      <FinderPanel />
    </>
  );
}
