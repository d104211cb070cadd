import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/api-error';
import type { EligibilityReport } from '../../api/application-types';
import { useBilingual } from '../../hooks/use-bilingual';

/** The server's refusal in plain words: the window (outside_window), the unmet requirements (not_eligible). */
export function SubmitErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  if (isApiError(error) && error.code === 'not_eligible') {
    const report = error.details as EligibilityReport | undefined;
    const open = (report?.results ?? []).filter(
      (r) => r.severity === 'blocking' && (r.outcome === 'fail' || r.outcome === 'unknown'),
    );
    return (
      <Alert
        type="error"
        showIcon
        data-testid="submit-error"
        message={message}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {open.map((r) => (
              <li key={r.index}>{pick(r.message)}</li>
            ))}
          </ul>
        }
      />
    );
  }
  const title =
    isApiError(error) && error.code === 'outside_window'
      ? t('applications.submit.outsideWindow')
      : t('applications.submit.failed');
  return <Alert type="error" showIcon data-testid="submit-error" message={title} description={message} />;
}
