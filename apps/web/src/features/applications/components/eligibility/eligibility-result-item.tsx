import { CheckCircleFilled, CloseCircleFilled, EyeOutlined, QuestionCircleFilled } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome, RequirementResult } from '../../api/application-types';
import { useBilingual } from '../../hooks/use-bilingual';
import { ClausePopover } from './clause-popover';

const outcomeIcons: Record<Outcome, ReactNode> = {
  pass: <CheckCircleFilled style={{ color: '#389e0d' }} />,
  fail: <CloseCircleFilled style={{ color: '#cf1322' }} />,
  unknown: <QuestionCircleFilled style={{ color: '#d48806' }} />,
  manual: <EyeOutlined style={{ color: '#1d4f91' }} />,
};
const severityColours = { blocking: 'red', warning: 'orange', manual: 'blue' } as const;

/** One requirement: outcome, what the engine found (in the UI language), its severity and its clause. */
export function EligibilityResultItem({ result }: { result: RequirementResult }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  return (
    <div
      data-testid="eligibility-result"
      data-outcome={result.outcome}
      data-requirement={result.requirementId ?? result.kind}
      style={{ display: 'flex', gap: 8, padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <span
        role="img"
        aria-label={t(`applications.eligibility.outcomes.${result.outcome}`)}
        style={{ paddingTop: 2 }}
      >
        {outcomeIcons[result.outcome]}
      </span>
      <Space direction="vertical" size={0} style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text>{pick(result.message)}</Typography.Text>
        <Space size={4} wrap>
          <Tag color={severityColours[result.severity]} style={{ marginInlineEnd: 0 }}>
            {t(`applications.eligibility.severity.${result.severity}`)}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {pick(result.rule)}
          </Typography.Text>
          <ClausePopover
            quote={result.quote}
            location={result.location}
            interpretation={result.interpretation}
          />
        </Space>
      </Space>
    </div>
  );
}
