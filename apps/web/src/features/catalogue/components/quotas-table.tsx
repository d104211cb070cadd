import { FileSearchOutlined } from '@ant-design/icons';
import { Button, Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Quota, SourceRef } from '../api/catalogue-types';
import { isQuotaScope } from '../utils/catalogue-options';

interface QuotasTableProps {
  quotas: Quota[];
  onOpenSource: (label: string) => (source: SourceRef) => void;
}

/** Recommendation quotas; those the text puts outside the quota (不纳入推荐限额) are marked. */
export function QuotasTable({ quotas, onOpenSource }: QuotasTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<Quota>['columns'] = [
    {
      title: t('catalogue.quota.scope'),
      key: 'scope',
      width: 120,
      render: (_, q) => (isQuotaScope(q.scope) ? t(`catalogue.quotaScope.${q.scope}`) : q.scope),
    },
    { title: t('catalogue.quota.holder'), dataIndex: 'holder' },
    {
      title: t('catalogue.quota.limit'),
      key: 'limit',
      width: 130,
      render: (_, q) => (
        <>
          {q.limit === null ? (
            <Typography.Text type="secondary">{t('catalogue.quota.noLimit')}</Typography.Text>
          ) : (
            q.limit
          )}
          {q.moneyCapWan !== undefined && <div>{t('catalogue.value.wan', { value: q.moneyCapWan })}</div>}
        </>
      ),
    },
    {
      title: t('catalogue.quota.appliesTo'),
      key: 'appliesTo',
      width: 150,
      render: (_, q) => (q.appliesTo.length ? q.appliesTo.join('、') : t('catalogue.quota.wholeCall')),
    },
    {
      title: t('catalogue.quota.flags'),
      key: 'flags',
      width: 160,
      render: (_, q) => (
        <>
          {q.excludedFromQuota && (
            <Tag color="green" data-testid="quota-excluded">
              {t('catalogue.quota.excluded')}
            </Tag>
          )}
          {q.combined && <Tag color="purple">{t('catalogue.quota.combined')}</Tag>}
        </>
      ),
    },
    {
      title: t('catalogue.requirement.source'),
      key: 'source',
      width: 130,
      render: (_, q) => (
        <Button
          type="link"
          size="small"
          icon={<FileSearchOutlined />}
          onClick={() => onOpenSource(q.holder)(q)}
        >
          {q.location}
        </Button>
      ),
    },
  ];
  return (
    <Table<Quota>
      rowKey={(q) => `${q.scope}/${q.holder}/${q.appliesTo.join(',')}/${q.quote}`}
      size="small"
      columns={columns}
      dataSource={quotas}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid="quotas-table"
    />
  );
}
