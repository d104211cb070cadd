import { App, Button, Input, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { UserStatusTag } from '../../../shared/ui/status-tags';
import { type AdminUser, useAdminUsers, useUpdateRoles } from '../api/admin.api';
import { UserRolesModal } from '../components/user-roles-modal';

/** System administrators find people and change their roles. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const users = useAdminUsers(q);
  const updateRoles = useUpdateRoles();
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const columns: TableProps<AdminUser>['columns'] = [
    { title: t('admin.name'), dataIndex: 'name' },
    { title: t('admin.email'), dataIndex: 'email' },
    { title: t('admin.organisation'), dataIndex: 'organisationName' },
    { title: t('common.status'), dataIndex: 'status', render: (_, u) => <UserStatusTag status={u.status} /> },
    {
      title: t('admin.roles'),
      dataIndex: 'roles',
      render: (_, u) => u.roles.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, u) => (
        <Button type="link" size="small" onClick={() => setEditing(u)}>
          {t('admin.editRoles')}
        </Button>
      ),
    },
  ];
  const save = (roles: AdminUser['roles']) =>
    editing &&
    updateRoles.mutate(
      { userId: editing.id, roles },
      {
        onSuccess: () => {
          setEditing(null);
          void message.success(t('admin.rolesSaved'));
        },
        onError: (error) => message.error(error.message),
      },
    );
  return (
    <>
      <PageTitle
        extra={
          <Input.Search
            allowClear
            placeholder={t('admin.searchUsers')}
            onSearch={setQ}
            style={{ width: 280 }}
          />
        }
      >
        {t('admin.usersTitle')}
      </PageTitle>
      <QueryErrorAlert error={users.error} />
      <Table<AdminUser>
        rowKey="id"
        columns={columns}
        dataSource={users.data ?? []}
        loading={users.isFetching}
        pagination={{ showSizeChanger: true }}
      />
      <UserRolesModal
        user={editing}
        isSaving={updateRoles.isPending}
        onCancel={() => setEditing(null)}
        onSave={save}
      />
    </>
  );
}
