import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { exceededQuotas } from '../utils/quota-display';

/**
 * Why a decision was refused, in the server's words (the request carries the UI language); for a used-up quota
 * also which quota and its numbers.
 */
export function DecisionErrorAlert({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const exceeded = exceededQuotas(error);
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      data-testid="decision-error"
      message={t('recommendations.actions.failed')}
      description={
        <div>
          <div>{message}</div>
          {exceeded.map((q) => (
            <div key={q.quotaIndex} data-testid="exceeded-quota">
              {q.moneyCapWan !== null && q.wouldUseWan > q.moneyCapWan
                ? t('recommendations.actions.exceededMoney', {
                    holder: q.holder,
                    usedWan: q.usedWan,
                    wouldUseWan: q.wouldUseWan,
                    cap: q.moneyCapWan,
                  })
                : t('recommendations.actions.exceeded', {
                    holder: q.holder,
                    used: q.used,
                    limit: q.limit ?? 0,
                  })}
            </div>
          ))}
        </div>
      }
    />
  );
}
