import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LifecycleAction, useLifecycleAction } from '../api/application-actions.api';
import type { ApplicationAction } from '../api/application-types';
import { ReturnReasonModal } from './return-reason-modal';

interface LifecycleActionsProps {
  applicationId: string;
  title: string;
  /** what the server says this person may do now */
  actions: ApplicationAction[];
  size?: 'small' | 'middle';
}

/** Withdraw / reopen for the applicant, approve / return for the organisation's admin, as `actions` allows. */
export function LifecycleActions({ applicationId, title, actions, size = 'middle' }: LifecycleActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useLifecycleAction();
  const [returning, setReturning] = useState(false);
  const run = (action: LifecycleAction, reason?: string) =>
    act.mutate(
      { id: applicationId, action, reason },
      {
        onSuccess: () => {
          setReturning(false);
          void message.success(t(`applications.actions.done.${action}`, { title }));
        },
        onError: (error) => void message.error(error.message),
      },
    );
  const busy = (action: LifecycleAction) => act.isPending && act.variables?.action === action;
  const confirmed = (action: 'withdraw' | 'orgApprove', danger = false) =>
    actions.includes(action) && (
      <Popconfirm
        key={action}
        title={t(`applications.actions.confirm.${action}`, { title })}
        onConfirm={() => run(action)}
      >
        <Button size={size} danger={danger} loading={busy(action)} data-testid={`action-${action}`}>
          {t(`applications.actions.${action}`)}
        </Button>
      </Popconfirm>
    );
  return (
    <Space wrap>
      {confirmed('orgApprove')}
      {actions.includes('orgReturn') && (
        <Button size={size} onClick={() => setReturning(true)} data-testid="action-orgReturn">
          {t('applications.actions.orgReturn')}
        </Button>
      )}
      {confirmed('withdraw', true)}
      {actions.includes('reopen') && (
        <Button
          size={size}
          loading={busy('reopen')}
          onClick={() => run('reopen')}
          data-testid="action-reopen"
        >
          {t('applications.actions.reopen')}
        </Button>
      )}
      <ReturnReasonModal
        open={returning}
        title={t('applications.actions.returnTitle', { title })}
        pending={busy('orgReturn')}
        onSubmit={(reason) => run('orgReturn', reason)}
        onCancel={() => setReturning(false)}
      />
    </Space>
  );
}
