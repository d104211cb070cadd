import { Button, Popconfirm, Space, Table, type TableProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/api/api-types';
import { formatDateTime } from '../../../shared/ui/format-date';
import { UserStatusTag } from '../../../shared/ui/status-tags';

interface MembersTableProps {
  members: Member[];
  isLoading: boolean;
  onApprove: (member: Member) => void;
  onReject: (member: Member) => void;
}

/** Everyone attached to the organisation, with approve/reject on pending requests. */
export function MembersTable({ members, isLoading, onApprove, onReject }: MembersTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<Member>['columns'] = [
    { title: t('members.name'), dataIndex: 'name' },
    { title: t('members.email'), dataIndex: 'email' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (_, member) => <UserStatusTag status={member.status} />,
    },
    {
      title: t('members.roles'),
      dataIndex: 'roles',
      render: (_, member) => member.roles.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>),
    },
    {
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, member) =>
        member.status === 'pending' && (
          <Space>
            <Popconfirm
              title={t('members.approveConfirm', { name: member.name })}
              onConfirm={() => onApprove(member)}
            >
              <Button type="link" size="small">
                {t('members.approve')}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger onClick={() => onReject(member)}>
              {t('members.reject')}
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <Table<Member>
      data-testid="members-table"
      rowKey="userId"
      columns={columns}
      dataSource={members}
      loading={isLoading}
      pagination={{ showSizeChanger: true, showTotal: (total) => t('members.total', { count: total }) }}
    />
  );
}
