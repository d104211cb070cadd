import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormalReviewOutcome } from '../api/formal-review.api';
import { formatShanghai } from '../utils/shanghai-time';

const decided = new Set(['returnedForCorrection', 'rejected', 'acceptedForExpertReview']);

/**
 * On the applicant's application page: the formal review's outcome once decided — for a return, the office's
 * reasons, the correction deadline (Beijing time) and how to resubmit; after the deadline, that it has passed.
 */
export function CorrectionNotice({ applicationId, state }: { applicationId: string; state: string }) {
  const { t } = useTranslation();
  const outcome = useFormalReviewOutcome(applicationId, decided.has(state));
  const o = outcome.data;
  if (!o || !decided.has(o.state.code)) return null;
  if (o.state.code === 'acceptedForExpertReview')
    return (
      <Alert
        type="success"
        showIcon
        message={t('formalReview.correction.accepted')}
        data-testid="formal-review-outcome"
      />
    );
  const reason = o.reason && <div>{t('formalReview.correction.reason', { reason: o.reason })}</div>;
  if (o.state.code === 'rejected')
    return (
      <Alert
        type="error"
        showIcon
        message={t('formalReview.correction.rejected')}
        description={reason}
        data-testid="formal-review-outcome"
      />
    );
  return (
    <Alert
      type={o.canResubmit ? 'warning' : 'error'}
      showIcon
      data-testid="correction-notice"
      message={t('formalReview.correction.title')}
      description={
        <>
          {reason}
          {o.correctionDueAt && (
            <div>{t('formalReview.correction.deadline', { time: formatShanghai(o.correctionDueAt) })}</div>
          )}
          <div>
            {o.canResubmit ? t('formalReview.correction.hint') : t('formalReview.correction.expired')}
          </div>
        </>
      }
    />
  );
}
