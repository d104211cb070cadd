import { Alert, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationContent, EditConflict } from '../../api/application-types';
import { MyChangesModal } from './my-changes-modal';

interface ConflictAlertProps {
  conflict: EditConflict;
  myEdits: () => { baseContent: ApplicationContent; content: ApplicationContent };
  reloading: boolean;
  onReapply: () => void;
}

/**
 * 409 edit_conflict: someone (another tab, a colleague) saved in between. Nothing on screen is replaced; the
 * person either takes the latest version with their edits put back on top, or copies their text first.
 */
export function ConflictAlert({ conflict, myEdits, reloading, onReapply }: ConflictAlertProps) {
  const { t } = useTranslation();
  const [copyOpen, setCopyOpen] = useState(false);
  const who = conflict.lastSavedBy ?? t('applications.conflict.someone');
  const when = conflict.lastSavedAt ? dayjs(conflict.lastSavedAt).format('YYYY-MM-DD HH:mm:ss') : '';
  return (
    <>
      <Alert
        type="error"
        showIcon
        data-testid="edit-conflict"
        message={t('applications.conflict.title')}
        description={
          <Space direction="vertical">
            <span>{t('applications.conflict.body', { who, when, revision: conflict.currentRevision })}</span>
            <span>{t('applications.conflict.kept')}</span>
            <Space wrap>
              <Button type="primary" loading={reloading} onClick={onReapply} data-testid="conflict-reapply">
                {t('applications.conflict.reapply')}
              </Button>
              <Button onClick={() => setCopyOpen(true)} data-testid="conflict-copy">
                {t('applications.conflict.copy')}
              </Button>
            </Space>
          </Space>
        }
      />
      {copyOpen && <MyChangesModal open onClose={() => setCopyOpen(false)} {...myEdits()} />}
    </>
  );
}
