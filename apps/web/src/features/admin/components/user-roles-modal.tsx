import { Checkbox, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../shared/api/api-types';
import type { AdminUser } from '../api/admin.api';

interface UserRolesModalProps {
  user: AdminUser | null;
  isSaving: boolean;
  onCancel: () => void;
  onSave: (roles: Role[]) => void;
}

export function UserRolesModal({ user, isSaving, onCancel, onSave }: UserRolesModalProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Role[]>([]);
  useEffect(() => setSelected(user?.roles ?? []), [user]);
  return (
    <Modal
      open={!!user}
      title={t('admin.editRolesTitle', { name: user?.name ?? '' })}
      okText={t('common.save')}
      okButtonProps={{ loading: isSaving }}
      onCancel={onCancel}
      onOk={() => onSave(selected)}
    >
      <Checkbox.Group<Role>
        value={selected}
        onChange={setSelected}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        style={{ display: 'grid', gap: 8 }}
      />
    </Modal>
  );
}
