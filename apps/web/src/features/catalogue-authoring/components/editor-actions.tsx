import { Button, Input, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallStatus } from '../api/authoring-types';

interface EditorActionsProps {
  status: CallStatus;
  isDirty: boolean;
  isBusy: boolean;
  note: string;
  onNote: (note: string) => void;
  onSave: () => void;
  onPublish: () => void;
  onWithdraw: () => void;
}

/** Save (with a note for the version history), publish and withdraw; publishing needs the edits saved first. */
export function EditorActions(props: EditorActionsProps) {
  const { status, isDirty, isBusy, note, onNote, onSave, onPublish, onWithdraw } = props;
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Input
        value={note}
        onChange={(e) => onNote(e.target.value)}
        placeholder={t('catalogue.authoring.actions.notePlaceholder')}
        maxLength={500}
        style={{ width: 240 }}
        data-testid="save-note"
      />
      <Button type="primary" onClick={onSave} loading={isBusy} disabled={!isDirty} data-testid="save-call">
        {t('catalogue.authoring.actions.save')}
      </Button>
      {status !== 'published' && (
        <Tooltip title={isDirty ? t('catalogue.authoring.actions.saveFirst') : undefined}>
          <Popconfirm
            title={t('catalogue.authoring.actions.publishConfirm')}
            onConfirm={onPublish}
            disabled={isDirty}
          >
            <Button disabled={isDirty || isBusy} data-testid="publish-call">
              {t('catalogue.authoring.actions.publish')}
            </Button>
          </Popconfirm>
        </Tooltip>
      )}
      {status === 'published' && (
        <Popconfirm title={t('catalogue.authoring.actions.withdrawConfirm')} onConfirm={onWithdraw}>
          <Button danger disabled={isBusy} data-testid="withdraw-call">
            {t('catalogue.authoring.actions.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
