import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSendBatch } from '../api/recommendation-batch.api';
import type { BatchStatus } from '../api/recommendation-types';
import { useServerNow } from '../hooks/use-server-now';
import { batchReadiness } from '../utils/batch-readiness';

interface BatchSendProps {
  callId: string;
  status: BatchStatus;
  deadline: string | null;
  serverNow: string | undefined;
  receivedAt: number | undefined;
}

/** "Send batch": enabled only with the letter, the summary and the scan, before the deadline; says why not. */
export function BatchSend({ callId, status, deadline, serverNow, receivedAt }: BatchSendProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const send = useSendBatch(callId);
  const nowMs = useServerNow(serverNow, receivedAt, !!deadline && !status.sentAt);
  const { canSend, blockers } = batchReadiness(status, deadline, nowMs);
  return (
    <Card size="small" data-testid="batch-send">
      <Space direction="vertical" style={{ width: '100%' }}>
        {status.sentAt ? (
          <Alert
            type="success"
            showIcon
            message={t('recommendations.batch.sentDone')}
            data-testid="batch-sent-notice"
          />
        ) : (
          blockers.length > 0 && (
            <Alert
              type="info"
              showIcon
              data-testid="batch-blockers"
              message={t('recommendations.batch.blockedTitle')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {blockers.map((b) => (
                    <li key={b} data-blocker={b}>
                      {t(`recommendations.batch.blockers.${b}`)}
                    </li>
                  ))}
                </ul>
              }
            />
          )
        )}
        <Popconfirm
          title={t('recommendations.batch.sendConfirm', { count: status.recommended })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          disabled={!canSend}
          onConfirm={() =>
            send.mutateAsync().then(
              () => void message.success(t('recommendations.batch.sentDone')),
              (error: Error) =>
                void message.error(`${t('recommendations.batch.sendFailed')}：${error.message}`),
            )
          }
        >
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={!canSend}
            loading={send.isPending}
            data-testid="send-batch"
          >
            {t('recommendations.batch.send')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
