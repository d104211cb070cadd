import { CheckCircleFilled, CloseCircleFilled, EyeOutlined, QuestionCircleFilled } from '@ant-design/icons';
import { Card, List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import type { EligibilityResult } from '../api/recommendation-types';
import { useApplicationEligibility } from '../api/recommendations.api';
import { useBilingual } from '../hooks/use-bilingual';

const icons: Record<EligibilityResult['outcome'], ReactNode> = {
  pass: <CheckCircleFilled style={{ color: '#389e0d' }} />,
  fail: <CloseCircleFilled style={{ color: '#cf1322' }} />,
  unknown: <QuestionCircleFilled style={{ color: '#d48806' }} />,
  manual: <EyeOutlined style={{ color: '#1d4f91' }} />,
};
const order: Record<EligibilityResult['outcome'], number> = { fail: 0, unknown: 1, manual: 2, pass: 3 };

/** The application's eligibility report: what fails or needs a person's eye first, passes last. */
export function ReviewEligibility({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const report = useApplicationEligibility(applicationId);
  const results = [...(report.data?.results ?? [])].sort(
    (a, b) => order[a.outcome] - order[b.outcome] || a.index - b.index,
  );
  const s = report.data?.summary;
  return (
    <Card size="small" title={t('recommendations.review.eligibility')} data-testid="review-eligibility">
      <QueryErrorAlert error={report.error} />
      {s && (
        <Typography.Paragraph type="secondary">
          {t('recommendations.review.eligibilitySummary', s)}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        loading={report.isPending}
        dataSource={results}
        renderItem={(r) => (
          <List.Item data-testid="eligibility-result" data-outcome={r.outcome}>
            <Space align="start">
              <span role="img" aria-label={t(`recommendations.review.outcomes.${r.outcome}`)}>
                {icons[r.outcome]}
              </span>
              <Typography.Text>{pick(r.message)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
