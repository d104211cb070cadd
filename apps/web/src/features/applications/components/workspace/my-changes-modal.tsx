import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationContent } from '../../api/application-types';
import { listChanges } from '../../utils/content-merge';
import { describeContentPath, formatContentValue } from '../../utils/content-paths';

interface MyChangesModalProps {
  open: boolean;
  baseContent: ApplicationContent;
  content: ApplicationContent;
  onClose: () => void;
}

/** Everything I changed since the version I started from, readable and copyable in one piece. */
export function MyChangesModal({ open, baseContent, content, onClose }: MyChangesModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changes = listChanges(baseContent, content).map((c) => ({
    label: describeContentPath(t, c.path, content),
    text: formatContentValue(c.value),
  }));
  const all = changes.map((c) => `【${c.label}】\n${c.text}`).join('\n\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(all);
      void message.success(t('applications.conflict.copied'));
    } catch {
      void message.warning(t('applications.conflict.copyManually'));
    }
  };
  return (
    <Modal
      open={open}
      title={t('applications.conflict.copyTitle')}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="copy" type="primary" icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('applications.conflict.copyAll')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('applications.conflict.copyHint')}</Typography.Paragraph>
      {changes.length === 0 && <Typography.Text>{t('applications.conflict.noChanges')}</Typography.Text>}
      <div data-testid="my-changes" style={{ maxHeight: 420, overflow: 'auto' }}>
        {changes.map((c) => (
          <div key={c.label} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{c.label}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} copyable={{ text: c.text }}>
              {c.text}
            </Typography.Paragraph>
          </div>
        ))}
      </div>
    </Modal>
  );
}
