import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../../shared/ui/query-state';
import type { EligibilityReport, RequirementResult } from '../../api/application-types';
import { EligibilityResultItem } from './eligibility-result-item';

/** Blocking failures first, then what blocking still lacks, warnings, manual checks, and passes last. */
function rank(r: RequirementResult): number {
  if (r.outcome === 'pass') return 9;
  if (r.severity === 'blocking') return r.outcome === 'fail' ? 0 : r.outcome === 'unknown' ? 1 : 2;
  if (r.severity === 'warning') return r.outcome === 'fail' ? 3 : 4;
  return 5;
}

interface EligibilityPanelProps {
  report: EligibilityReport | undefined;
  isFetching: boolean;
  error: unknown;
  onRefresh: () => void;
}

/** The live check beside the form: every requirement of the direction on the draft as last saved. */
export function EligibilityPanel({ report, isFetching, error, onRefresh }: EligibilityPanelProps) {
  const { t } = useTranslation();
  const results = [...(report?.results ?? [])].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const s = report?.summary;
  return (
    <Card
      size="small"
      data-testid="eligibility-panel"
      title={t('applications.eligibility.title')}
      extra={
        <Button
          type="text"
          size="small"
          icon={<ReloadOutlined spin={isFetching} />}
          aria-label={t('applications.eligibility.refresh')}
          onClick={onRefresh}
        />
      }
      loading={!report && !error}
    >
      <QueryErrorAlert error={error} />
      {s && (
        <Space wrap size={4} style={{ marginBottom: 8 }} data-testid="eligibility-summary">
          <Tag color="green">{t('applications.eligibility.passed', { count: s.passed })}</Tag>
          <Tag color="red">{t('applications.eligibility.failed', { count: s.failed })}</Tag>
          <Tag color="gold">{t('applications.eligibility.unknown', { count: s.unknown })}</Tag>
          <Tag color="blue">{t('applications.eligibility.manual', { count: s.manual })}</Tag>
        </Space>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
        {t('applications.eligibility.hint')}
      </Typography.Paragraph>
      {results.map((result) => (
        <EligibilityResultItem
          key={`${result.index}-${result.requirementId ?? result.kind}`}
          result={result}
        />
      ))}
    </Card>
  );
}
