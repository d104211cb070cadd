import { Alert, App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBulkAction } from '../api/formal-review.api';
import type { BulkAction, BulkResponse, DecisionAction, OfficeListItem } from '../api/formal-review-types';
import { DecisionModal, type DecisionValues } from './decision-modal';

/** Start, accept, return or reject the selected rows at once; the answer lists what failed and why, per row. */
export function BulkActions({
  selected,
  items,
  onDone,
}: {
  selected: string[];
  items: OfficeListItem[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const bulk = useBulkAction();
  const [asking, setAsking] = useState<DecisionAction | null>(null);
  const [result, setResult] = useState<BulkResponse | null>(null);
  const titleOf = (id: string) => items.find((i) => i.id === id)?.title || id;
  const run = (action: BulkAction, values: DecisionValues = {}) =>
    bulk.mutate(
      { ids: selected, action, ...values },
      {
        onSuccess: (res) => {
          setAsking(null);
          setResult(res);
          void message.info(t('formalReview.bulk.done', { succeeded: res.succeeded, failed: res.failed }));
          onDone();
        },
        onError: (error) => void message.error(error.message),
      },
    );
  const confirmed = (action: 'start' | 'accept') => (
    <Popconfirm
      title={t('formalReview.bulk.confirm', {
        count: selected.length,
        action: t(`formalReview.bulk.${action}`),
      })}
      onConfirm={() => run(action)}
      disabled={!selected.length}
    >
      <Button
        disabled={!selected.length}
        loading={bulk.isPending && bulk.variables?.action === action}
        data-testid={`bulk-${action}`}
      >
        {t(`formalReview.bulk.${action}`)}
      </Button>
    </Popconfirm>
  );
  const failures = result?.results.filter((r) => !r.ok) ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text type="secondary">
          {t('formalReview.list.selected', { count: selected.length })}
        </Typography.Text>
        {confirmed('start')}
        {confirmed('accept')}
        <Button disabled={!selected.length} onClick={() => setAsking('return')} data-testid="bulk-return">
          {t('formalReview.bulk.return')}
        </Button>
        <Button
          danger
          disabled={!selected.length}
          onClick={() => setAsking('reject')}
          data-testid="bulk-reject"
        >
          {t('formalReview.bulk.reject')}
        </Button>
      </Space>
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setResult(null)}
          data-testid="bulk-failures"
          message={t('formalReview.bulk.failedTitle')}
          description={failures.map((f) => (
            <div key={f.id}>
              {titleOf(f.id)}：{f.error?.message}
            </div>
          ))}
        />
      )}
      <DecisionModal
        action={asking}
        title={`${asking ? t(`formalReview.bulk.${asking}`) : ''} · ${t('formalReview.list.selected', { count: selected.length })}`}
        pending={bulk.isPending}
        onSubmit={(values) => asking && run(asking, values)}
        onCancel={() => setAsking(null)}
      />
    </Space>
  );
}
