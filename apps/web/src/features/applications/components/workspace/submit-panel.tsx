import { SendOutlined } from '@ant-design/icons';
import { Button, Card, Modal, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitApplication } from '../../api/application-actions.api';
import type { EligibilityReport, Receipt } from '../../api/application-types';
import type { SaveStatus } from '../../hooks/use-autosave';
import { SubmitErrorAlert } from './submit-error-alert';

interface SubmitPanelProps {
  applicationId: string;
  report: EligibilityReport | undefined;
  saveStatus: SaveStatus;
  /** saves what is pending and returns the revision to submit */
  flush: () => Promise<number>;
  onSubmitted: (receipt: Receipt) => void;
}

/**
 * 提交: disabled, with the reason, while a blocking requirement fails or lacks facts; a confirm dialog; the
 * draft is saved first and the exact revision submitted. A second click while in flight does nothing.
 */
export function SubmitPanel({ applicationId, report, saveStatus, flush, onSubmitted }: SubmitPanelProps) {
  const { t } = useTranslation();
  const submit = useSubmitApplication(applicationId);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const s = report?.summary;
  const reason = !s
    ? t('applications.submit.checking')
    : saveStatus === 'conflict'
      ? t('applications.submit.resolveConflict')
      : saveStatus === 'invalid'
        ? t('applications.submit.fixInvalid')
        : !s.canSubmit
          ? t('applications.submit.blocked', { failures: s.blockingFailures, unknowns: s.blockingUnknowns })
          : null;

  const confirm = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const revision = await flush().catch(() => {
        throw new Error(t('applications.submit.unsaved'));
      });
      const receipt = await submit.mutateAsync(revision);
      setConfirming(false);
      onSubmitted(receipt);
    } catch (e) {
      setConfirming(false);
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('applications.submit.title')} data-testid="submit-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button
          type="primary"
          block
          icon={<SendOutlined />}
          disabled={reason !== null || busy}
          loading={busy}
          onClick={() => setConfirming(true)}
          data-testid="submit-button"
        >
          {t('applications.submit.button')}
        </Button>
        {reason && (
          <Typography.Text type="secondary" data-testid="submit-disabled-reason">
            {reason}
          </Typography.Text>
        )}
        <SubmitErrorAlert error={error} />
      </Space>
      <Modal
        open={confirming}
        title={t('applications.submit.confirmTitle')}
        okText={t('applications.submit.confirmOk')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => void confirm()}
        onCancel={() => !busy && setConfirming(false)}
        maskClosable={false}
      >
        <Typography.Paragraph>{t('applications.submit.confirmBody')}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
