import { Card, Space, Steps, Table, type TableProps, Tree, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact, SupportChannel } from '../api/catalogue-types';

interface CallProcedureProps {
  processSteps: string[];
  contacts: Contact[];
  supportChannels: SupportChannel[];
}

const toTree = (channels: SupportChannel[]): TreeDataNode[] =>
  channels.map((c) => ({ key: c.code, title: `${c.code} ${c.name}`, children: toTree(c.children) }));

/** How to apply: the procedure as printed, the support channels, and whom to ask. */
export function CallProcedure({ processSteps, contacts, supportChannels }: CallProcedureProps) {
  const { t } = useTranslation();
  const columns: TableProps<Contact>['columns'] = (
    ['role', 'name', 'phone', 'email', 'address'] as const
  ).map((key) => ({
    title: t(`catalogue.contact.${key}`),
    dataIndex: key,
    render: (v?: string) => v ?? '—',
  }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('catalogue.call.processSteps')}>
        <Steps
          direction="vertical"
          size="small"
          current={-1}
          items={processSteps.map((step) => ({ title: step }))}
        />
      </Card>
      {supportChannels.length > 0 && (
        <Card size="small" title={t('catalogue.call.supportChannels')}>
          <Tree defaultExpandAll selectable={false} treeData={toTree(supportChannels)} />
        </Card>
      )}
      <Card size="small" title={t('catalogue.call.contacts')}>
        <Table<Contact>
          rowKey={(c) => `${c.role ?? ''}/${c.name ?? ''}/${c.phone ?? ''}/${c.email ?? ''}`}
          size="small"
          columns={columns}
          dataSource={contacts}
          pagination={false}
        />
      </Card>
    </Space>
  );
}
