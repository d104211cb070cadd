import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallContent, CallSummary, SourceRef } from '../api/catalogue-types';
import { useLocalised } from '../hooks/use-localised';
import { formatShanghai } from '../utils/shanghai-time';
import { PhaseTag } from './phase-tag';
import { SourcedValue } from './sourced-value';

interface CallHeaderProps {
  call: CallContent;
  summary: CallSummary;
  onOpenSource: (label: string) => (source: SourceRef) => void;
}

/** Everything that identifies a call: issuer, number, dates in Asia/Shanghai, phase and version. */
export function CallHeader({ call, summary, onOpenSource }: CallHeaderProps) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const item = (field: string, label: string, value: ReactNode) => (
    <Descriptions.Item key={field} label={label}>
      <SourcedValue source={call.sources[field]} onOpen={onOpenSource(label)} testId={`call-${field}`}>
        {value || '—'}
      </SourcedValue>
    </Descriptions.Item>
  );
  const { start, end } = call.submissionWindow;
  const windowText =
    start || end
      ? t('catalogue.calls.windowRange', {
          start: formatShanghai(start) || '…',
          end: formatShanghai(end) || '…',
        })
      : t('catalogue.calls.noWindow');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      data-testid="call-header"
    >
      <Descriptions.Item label={t('catalogue.call.programme')}>
        {localised(call.programme.name, call.programme.nameEn)}
        {` · ${call.programme.authority}`}
      </Descriptions.Item>
      {item('issuer', t('catalogue.calls.issuer'), call.issuer)}
      {item('documentNumber', t('catalogue.call.documentNumber'), call.documentNumber)}
      {item('issueDate', t('catalogue.call.issueDate'), call.issueDate)}
      <Descriptions.Item label={t('catalogue.calls.year')}>{call.year}</Descriptions.Item>
      <Descriptions.Item label={t('catalogue.calls.kind')}>
        {t(`catalogue.callKind.${call.kind}`)}
      </Descriptions.Item>
      {item('submissionWindow', t('catalogue.calls.window'), windowText)}
      {item(
        'recommendationDeadline',
        t('catalogue.calls.recommendationDeadline'),
        formatShanghai(call.recommendationDeadline),
      )}
      <Descriptions.Item label={t('catalogue.calls.phase')}>
        <PhaseTag phase={summary.phase} />
        <Tag>{t('catalogue.call.version', { version: summary.version })}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('catalogue.call.sourceDocument')}>{call.sourceDocument}</Descriptions.Item>
      {call.embeddedIn && (
        <Descriptions.Item label={t('catalogue.call.embeddedIn')}>{call.embeddedIn}</Descriptions.Item>
      )}
      {call.summary && (
        <Descriptions.Item label={t('catalogue.call.summary')} span={2}>
          {call.summary}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
