import { App, Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, Decision } from '../api/recommendation-types';
import { useDecision } from '../api/recommendations.api';
import { useBilingual } from '../hooks/use-bilingual';
import { decisionsFor } from '../utils/recommender-decisions';
import { DecisionErrorAlert } from './decision-error-alert';

interface DecisionPanelProps {
  application: ApplicationView;
  title: string;
  /** the call gives this body an incentive allotment (单列激励名额) */
  canUseIncentive: boolean;
}

/**
 * The recommender's decision: recommend (on the incentive allotment where there is one), return to the applicant
 * or decline, each confirmed first; the review opinion is the reason of a return or decline, and goes with a
 * recommendation onto the timeline when written.
 */
export function DecisionPanel({ application, title, canUseIncentive }: DecisionPanelProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const pick = useBilingual();
  const decide = useDecision();
  const [comment, setComment] = useState('');
  const [incentive, setIncentive] = useState(false);
  const [commentMissing, setCommentMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const available = decisionsFor(application.actions);

  const run = async (decision: Decision) => {
    setError(null);
    try {
      await decide.mutateAsync({ id: application.id, decision, reason: comment.trim(), incentive });
      void message.success(t(`recommendations.actions.done.${decision}`, { title }));
      setComment('');
    } catch (failure) {
      setError(failure);
    }
  };

  const ask = (decision: Decision) => {
    if (decision !== 'recommend' && !comment.trim()) {
      setCommentMissing(true);
      return;
    }
    const question =
      decision === 'recommend' && incentive
        ? t('recommendations.actions.confirm.recommendIncentive', { title })
        : t(`recommendations.actions.confirm.${decision}`, { title });
    modal.confirm({
      title: t(`recommendations.actions.${decision}`),
      content: question,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: decision !== 'recommend', 'data-testid': 'confirm-decision' },
      onOk: () => run(decision),
    });
  };

  if (available.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="no-decision">
        {t('recommendations.review.noActions', { state: pick(application.state.staff) })}
      </Typography.Text>
    );
  }
  return (
    <Card size="small" data-testid="decision-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        <DecisionErrorAlert error={error} onClose={() => setError(null)} />
        <Form layout="vertical" component="div">
          <Form.Item
            label={t('recommendations.review.comment')}
            validateStatus={commentMissing ? 'error' : undefined}
            help={commentMissing ? t('recommendations.review.commentRequired') : undefined}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea
              id="review-comment"
              rows={3}
              maxLength={2000}
              showCount
              value={comment}
              placeholder={t('recommendations.review.commentPlaceholder')}
              onChange={(e) => {
                setComment(e.target.value);
                if (e.target.value.trim()) setCommentMissing(false);
              }}
            />
          </Form.Item>
        </Form>
        {canUseIncentive && available.includes('recommend') && (
          <Checkbox
            checked={incentive}
            onChange={(e) => setIncentive(e.target.checked)}
            data-testid="recommend-incentive"
          >
            {t('recommendations.actions.incentive')}
          </Checkbox>
        )}
        <Space wrap>
          {available.map((decision) => (
            <Button
              key={decision}
              type={decision === 'recommend' ? 'primary' : 'default'}
              danger={decision === 'recommenderReject'}
              loading={decide.isPending && decide.variables?.decision === decision}
              disabled={decide.isPending}
              onClick={() => ask(decision)}
              data-testid={`action-${decision}`}
            >
              {t(`recommendations.actions.${decision}`)}
            </Button>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
