import { Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useVersionDiff } from '../api/authoring.api';
import type { EditableNode, VersionChange } from '../api/authoring-types';
import { diffPathWords, diffValueText } from '../utils/diff-path-words';

const kindColours = { added: 'green', removed: 'red', changed: 'orange' } as const;

interface VersionDiffTableProps {
  callId: string;
  version: number;
  /** the current guide, to name nodes by code */
  nodes: EditableNode[];
}

/** What a version changed against the one before: where, in words, and the value before → after. */
export function VersionDiffTable({ callId, version, nodes }: VersionDiffTableProps) {
  const { t } = useTranslation();
  const diff = useVersionDiff(callId, version);
  const columns: TableProps<VersionChange>['columns'] = [
    {
      title: t('catalogue.authoring.versions.where'),
      key: 'path',
      width: '34%',
      render: (_, c) => (
        <>
          <div data-testid="diff-path-words">{diffPathWords(t, c.path, nodes)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 11 }} code>
            {c.path}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('catalogue.authoring.versions.kind'),
      key: 'kind',
      width: 80,
      render: (_, c) => <Tag color={kindColours[c.kind]}>{t(`catalogue.changeKind.${c.kind}`)}</Tag>,
    },
    {
      title: t('catalogue.authoring.versions.beforeAfter'),
      key: 'values',
      render: (_, c) => (
        <span data-testid="diff-values">
          <Typography.Text delete={c.kind !== 'added'} type="secondary">
            {diffValueText(c.before)}
          </Typography.Text>
          {' → '}
          <Typography.Text strong>{diffValueText(c.after)}</Typography.Text>
        </span>
      ),
    },
  ];
  return (
    <>
      <QueryErrorAlert error={diff.error} />
      <Typography.Paragraph type="secondary">
        {diff.data &&
          (diff.data.from === null
            ? t('catalogue.authoring.versions.firstVersion', { to: diff.data.to })
            : t('catalogue.authoring.versions.against', { from: diff.data.from, to: diff.data.to }))}
      </Typography.Paragraph>
      <Table<VersionChange>
        rowKey={(c) => `${c.kind}/${c.path}`}
        size="small"
        loading={diff.isPending}
        columns={columns}
        dataSource={diff.data?.changes ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('catalogue.authoring.versions.noChanges') }}
        data-testid="version-diff"
      />
    </>
  );
}
