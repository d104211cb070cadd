import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../../shared/api/api-types';

const byStatus = {
  pending: { type: 'warning', title: 'home.memberPending', hint: 'home.memberPendingHint' },
  active: { type: 'success', title: 'home.memberActive', hint: null },
  rejected: { type: 'error', title: 'home.memberRejected', hint: null },
  disabled: { type: 'error', title: 'home.disabled', hint: null },
} as const satisfies Record<UserStatus, unknown>;

/** Where the person's own membership stands (joining members wait for their organisation's admin). */
export function MembershipStatusAlert({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  const entry = byStatus[status];
  return (
    <Alert
      data-testid="membership-status"
      type={entry.type}
      showIcon
      message={t(entry.title)}
      description={entry.hint ? t(entry.hint) : undefined}
    />
  );
}
