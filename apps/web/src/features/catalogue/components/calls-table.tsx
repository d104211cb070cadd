import { Space, Table, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallSummary } from '../api/catalogue-types';
import { useLocalised } from '../hooks/use-localised';
import { callPath } from '../utils/catalogue-links';
import { formatShanghai } from '../utils/shanghai-time';
import { CountdownText } from './countdown-text';
import { PhaseTag } from './phase-tag';

type CallRow = CallSummary & { children?: CallRow[] };

/** Calls embedded in another call's document (004's central-fund notice) are listed under that call. */
function nestEmbedded(calls: CallSummary[]): CallRow[] {
  const ids = new Set(calls.map((c) => c.id));
  const childrenOf = new Map<string, CallRow[]>();
  for (const call of calls) {
    if (call.embeddedIn && ids.has(call.embeddedIn)) {
      childrenOf.set(call.embeddedIn, [...(childrenOf.get(call.embeddedIn) ?? []), call]);
    }
  }
  return calls
    .filter((c) => !c.embeddedIn || !ids.has(c.embeddedIn))
    .map((c) => {
      const children = childrenOf.get(c.id);
      return children ? { ...c, children } : c;
    });
}

interface CallsTableProps {
  calls: CallSummary[];
  receivedAt: number;
  onBoundaryPassed: () => void;
}

export function CallsTable({ calls, receivedAt, onBoundaryPassed }: CallsTableProps) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const rows = nestEmbedded(calls);
  const windowText = (c: CallSummary) => {
    const { start, end } = c.submissionWindow;
    if (!start && !end)
      return <Typography.Text type="secondary">{t('catalogue.calls.noWindow')}</Typography.Text>;
    return t('catalogue.calls.windowRange', {
      start: formatShanghai(start) || '…',
      end: formatShanghai(end) || '…',
    });
  };
  const columns: TableProps<CallRow>['columns'] = [
    {
      title: t('catalogue.calls.call'),
      key: 'title',
      render: (_, c) => (
        <Space direction="vertical" size={0}>
          <Link to={callPath(c.id)}>{localised(c.title, c.titleEn)}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {localised(c.programme.name, c.programme.nameEn)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('catalogue.calls.issuer'), dataIndex: 'issuer', width: 140 },
    { title: t('catalogue.calls.year'), dataIndex: 'year', width: 70 },
    {
      title: t('catalogue.calls.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (_, c) => t(`catalogue.callKind.${c.kind}`),
    },
    {
      title: t('catalogue.calls.phase'),
      dataIndex: 'phase',
      width: 90,
      render: (_, c) => <PhaseTag phase={c.phase} />,
    },
    { title: t('catalogue.calls.window'), key: 'window', width: 190, render: (_, c) => windowText(c) },
    {
      title: t('catalogue.calls.recommendationDeadline'),
      dataIndex: 'recommendationDeadline',
      width: 140,
      render: (_, c) => formatShanghai(c.recommendationDeadline) || '—',
    },
    {
      title: t('catalogue.calls.countdown'),
      key: 'countdown',
      width: 200,
      render: (_, c) => (
        <CountdownText
          phase={c.phase}
          msUntilNextBoundary={c.msUntilNextBoundary}
          receivedAt={receivedAt}
          onElapsed={onBoundaryPassed}
        />
      ),
    },
  ];
  return (
    <Table<CallRow>
      rowKey="id"
      data-testid="calls-table"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1100 }}
      expandable={{
        expandedRowKeys: rows.filter((r) => r.children).map((r) => r.id),
        showExpandColumn: false,
      }}
    />
  );
}
