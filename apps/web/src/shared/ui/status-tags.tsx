import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganisationStatus, UserStatus } from '../api/api-types';

const organisationColours: Record<OrganisationStatus, string> = {
  pending: 'gold',
  verified: 'green',
  rejected: 'red',
};
const userColours: Record<UserStatus, string> = {
  pending: 'gold',
  active: 'green',
  rejected: 'red',
  disabled: 'default',
};

export function OrganisationStatusTag({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return <Tag color={organisationColours[status]}>{t(`organisationStatus.${status}`)}</Tag>;
}

export function UserStatusTag({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return <Tag color={userColours[status]}>{t(`userStatus.${status}`)}</Tag>;
}
