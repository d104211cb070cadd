import { DatePicker, Table, type TableProps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format-date';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { type AuditEvent, useAuditEvents } from '../api/admin.api';

type Range = [Dayjs | null, Dayjs | null] | null;

function isWithin(event: AuditEvent, range: Range): boolean {
  const [from, to] = range ?? [null, null];
  const at = new Date(event.createdAt).getTime();
  return (!from || at >= from.startOf('day').valueOf()) && (!to || at <= to.endOf('day').valueOf());
}

/** Who did what and when: logins, sign-ups, verifications, role changes. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  const events = useAuditEvents();
  const [range, setRange] = useState<Range>(null);
  const types = useMemo(() => [...new Set((events.data ?? []).map((e) => e.type))].sort(), [events.data]);
  const columns: TableProps<AuditEvent>['columns'] = [
    { title: t('admin.time'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('admin.eventType'),
      dataIndex: 'type',
      filters: types.map((type) => ({ text: type, value: type })),
      onFilter: (value, event) => event.type === value,
    },
    { title: t('admin.actor'), dataIndex: 'actorEmail' },
    { title: t('admin.subject'), dataIndex: 'subject' },
    { title: t('admin.ip'), dataIndex: 'ip' },
  ];
  return (
    <>
      <PageTitle
        extra={<DatePicker.RangePicker value={range} onChange={setRange} aria-label={t('admin.dateRange')} />}
      >
        {t('admin.auditTitle')}
      </PageTitle>
      <QueryErrorAlert error={events.error} />
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={(events.data ?? []).filter((event) => isWithin(event, range))}
        loading={events.isPending}
        expandable={{
          rowExpandable: (event) => event.details != null,
          expandedRowRender: (event) => (
            <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {JSON.stringify(event.details, null, 2)}
            </Typography.Paragraph>
          ),
        }}
        pagination={{ showSizeChanger: true, showTotal: (total) => t('admin.total', { count: total }) }}
      />
    </>
  );
}
