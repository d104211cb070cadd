import { Alert, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RestoreOffer } from '../../utils/restorable-draft';

interface RestoreDraftAlertProps {
  offer: RestoreOffer;
  onRestore: () => void;
  onDiscard: () => void;
}

/** On opening: this browser holds edits the server does not have (a refresh or a lost connection). */
export function RestoreDraftAlert({ offer, onRestore, onDiscard }: RestoreDraftAlertProps) {
  const { t } = useTranslation();
  const time = dayjs(offer.draft.editedAt).format('YYYY-MM-DD HH:mm:ss');
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="restore-draft"
      message={t('applications.restore.title')}
      description={
        <Space direction="vertical">
          <span>{t('applications.restore.body', { time, revision: offer.draft.baseRevision })}</span>
          {offer.isBehindServer && <span>{t('applications.restore.behind')}</span>}
          <Space>
            <Button type="primary" onClick={onRestore} data-testid="restore-draft-apply">
              {t('applications.restore.restore')}
            </Button>
            <Button onClick={onDiscard}>{t('applications.restore.discard')}</Button>
          </Space>
        </Space>
      }
    />
  );
}
