import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecide } from '../api/formal-review.api';
import type { DecisionAction } from '../api/formal-review-types';
import { DecisionModal, type DecisionValues } from './decision-modal';

/** Accept, return for correction (reason and deadline) or reject (reason) one application in formal review. */
export function DecisionButtons({ applicationId, title }: { applicationId: string; title: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecide();
  const [asking, setAsking] = useState<DecisionAction | null>(null);
  const run = (action: DecisionAction, values: DecisionValues = {}) =>
    decide.mutate(
      { id: applicationId, action, ...values },
      {
        onSuccess: () => {
          setAsking(null);
          void message.success(t('formalReview.decision.done'));
        },
        onError: (error) => void message.error(error.message),
      },
    );
  return (
    <Space wrap>
      <Popconfirm title={t('formalReview.decision.confirmAccept')} onConfirm={() => run('accept')}>
        <Button
          type="primary"
          loading={decide.isPending && decide.variables?.action === 'accept'}
          data-testid="decide-accept"
        >
          {t('formalReview.decision.accept')}
        </Button>
      </Popconfirm>
      <Button onClick={() => setAsking('return')} data-testid="decide-return">
        {t('formalReview.decision.return')}
      </Button>
      <Button danger onClick={() => setAsking('reject')} data-testid="decide-reject">
        {t('formalReview.decision.reject')}
      </Button>
      <DecisionModal
        action={asking}
        title={`${asking ? t(`formalReview.decision.${asking}`) : ''} · ${title}`}
        pending={decide.isPending}
        onSubmit={(values) => asking && run(asking, values)}
        onCancel={() => setAsking(null)}
      />
    </Space>
  );
}
