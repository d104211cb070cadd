import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format-date';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { type OutboxMail, useOutbox } from '../api/outbox.api';
import { MailText } from '../components/mail-text';

/** Development aid: read the mails the server would have sent (sign-up, password reset). */
export function DevOutboxPage() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const columns: TableProps<OutboxMail>['columns'] = [
    { title: t('outbox.time'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
    { title: t('outbox.to'), dataIndex: 'to' },
    { title: t('outbox.subject'), dataIndex: 'subject' },
  ];
  const refresh = (
    <Button icon={<ReloadOutlined />} onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
      {t('outbox.refresh')}
    </Button>
  );
  return (
    <>
      <PageTitle extra={refresh}>{t('outbox.title')}</PageTitle>
      <Alert type="info" showIcon message={t('outbox.hint')} style={{ marginBottom: 16 }} />
      <QueryErrorAlert error={outbox.error} />
      <Table<OutboxMail>
        rowKey="id"
        columns={columns}
        dataSource={outbox.data ?? []}
        loading={outbox.isPending}
        locale={{ emptyText: t('outbox.empty') }}
        expandable={{ expandedRowRender: (mail) => <MailText text={mail.text} />, expandRowByClick: true }}
      />
    </>
  );
}
