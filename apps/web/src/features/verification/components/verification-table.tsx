import { Button, Popconfirm, Space, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/api/api-types';
import { formatDateTime } from '../../../shared/ui/format-date';
import { OrganisationStatusTag } from '../../../shared/ui/status-tags';
import { OrganisationDetails } from './organisation-details';

interface VerificationTableProps {
  organisations: OrganisationView[];
  isLoading: boolean;
  onVerify: (organisation: OrganisationView) => void;
  onReject: (organisation: OrganisationView) => void;
}

export function VerificationTable({ organisations, isLoading, onVerify, onReject }: VerificationTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<OrganisationView>['columns'] = [
    { title: t('verification.name'), dataIndex: 'name' },
    { title: t('verification.type'), dataIndex: 'type', render: (_, o) => t(`organisationType.${o.type}`) },
    { title: t('verification.identifier'), key: 'identifier', render: (_, o) => o.uscc ?? o.country },
    { title: t('verification.region'), dataIndex: 'regionName' },
    { title: t('verification.contact'), key: 'contact', render: (_, o) => o.contactName },
    {
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (_, o) => <OrganisationStatusTag status={o.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, o) => (
        <Space>
          {o.status !== 'verified' && (
            <Popconfirm
              title={t('verification.verifyConfirm', { name: o.name })}
              onConfirm={() => onVerify(o)}
            >
              <Button type="link" size="small">
                {t('verification.verify')}
              </Button>
            </Popconfirm>
          )}
          {o.status !== 'rejected' && (
            <Button type="link" size="small" danger onClick={() => onReject(o)}>
              {t('verification.reject')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<OrganisationView>
      data-testid="verification-table"
      rowKey="id"
      columns={columns}
      dataSource={organisations}
      loading={isLoading}
      expandable={{ expandedRowRender: (o) => <OrganisationDetails organisation={o} /> }}
      pagination={{ showSizeChanger: true, showTotal: (total) => t('verification.total', { count: total }) }}
      scroll={{ x: 'max-content' }}
    />
  );
}
