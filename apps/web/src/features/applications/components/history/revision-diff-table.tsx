import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationContent, RevisionChange } from '../../api/application-types';
import { describeContentPath, formatContentValue } from '../../utils/content-paths';

const kindColours: Record<string, string> = { added: 'green', removed: 'red', changed: 'blue' };

function ValueCell({ value }: { value: unknown }) {
  const text = formatContentValue(value);
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Paragraph
      style={{ whiteSpace: 'pre-wrap', margin: 0 }}
      ellipsis={{ rows: 4, expandable: true }}
    >
      {text}
    </Typography.Paragraph>
  );
}

/** What one revision changed, field by field, in words; long texts fold. */
export function RevisionDiffTable({
  changes,
  content,
}: {
  changes: RevisionChange[];
  content: ApplicationContent;
}) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="path"
      data-testid="revision-diff"
      pagination={false}
      dataSource={changes}
      locale={{ emptyText: t('applications.history.noChanges') }}
      columns={[
        {
          key: 'field',
          title: t('applications.history.field'),
          width: 220,
          render: (_, c) => describeContentPath(t, c.path, content),
        },
        {
          key: 'kind',
          title: t('applications.history.kind'),
          width: 80,
          render: (_, c) => (
            <Tag color={kindColours[c.kind] ?? 'default'}>
              {c.kind === 'added' || c.kind === 'removed' || c.kind === 'changed'
                ? t(`applications.history.kinds.${c.kind}`)
                : c.kind}
            </Tag>
          ),
        },
        {
          key: 'before',
          title: t('applications.history.before'),
          render: (_, c) => <ValueCell value={c.before} />,
        },
        {
          key: 'after',
          title: t('applications.history.after'),
          render: (_, c) => <ValueCell value={c.after} />,
        },
      ]}
    />
  );
}
