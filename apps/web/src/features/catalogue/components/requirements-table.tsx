import { FileSearchOutlined } from '@ant-design/icons';
import { Button, Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Requirement, Severity, SourceRef } from '../api/catalogue-types';
import { isRequirementKind } from '../utils/catalogue-options';

const severityColours: Record<Severity, string> = { blocking: 'red', warning: 'orange', manual: 'blue' };

interface RequirementsTableProps {
  requirements: Requirement[];
  onOpenSource: (label: string) => (source: SourceRef) => void;
  /** names of the nodes a requirement can be defined at, for "defined at" */
  nodeNames?: Map<string, string>;
}

/** Requirements with their kind, severity and message in the UI's language; each opens its clause. */
export function RequirementsTable({ requirements, onOpenSource, nodeNames }: RequirementsTableProps) {
  const { t, i18n } = useTranslation();
  const kindLabel = (kind: string) =>
    isRequirementKind(kind) ? t(`catalogue.requirementKind.${kind}`) : kind;
  const message = (r: Requirement) =>
    r.message?.[i18n.language === 'en-US' ? 'en-US' : 'zh-CN'] ??
    r.message?.['zh-CN'] ??
    (typeof r.params.text === 'string' ? r.params.text : r.quote);
  const columns: TableProps<Requirement>['columns'] = [
    { title: t('catalogue.requirement.kind'), key: 'kind', width: 150, render: (_, r) => kindLabel(r.kind) },
    {
      title: t('catalogue.requirement.severity'),
      key: 'severity',
      width: 100,
      render: (_, r) => (
        <Tag color={severityColours[r.severity]}>{t(`catalogue.severity.${r.severity}`)}</Tag>
      ),
    },
    {
      title: t('catalogue.requirement.message'),
      key: 'message',
      render: (_, r) => (
        <>
          <div>{message(r)}</div>
          {r.interpretation && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('catalogue.source.interpretation', { text: r.interpretation })}
            </Typography.Text>
          )}
        </>
      ),
    },
    ...(requirements.some((r) => r.definedAt)
      ? [
          {
            title: t('catalogue.requirement.definedAt'),
            key: 'definedAt',
            width: 150,
            render: (_: unknown, r: Requirement) =>
              r.definedAt === 'call'
                ? t('catalogue.requirement.definedAtCall')
                : `${r.definedAt ?? ''} ${nodeNames?.get(r.definedAt ?? '') ?? ''}`,
          },
        ]
      : []),
    {
      title: t('catalogue.requirement.source'),
      key: 'source',
      width: 90,
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          icon={<FileSearchOutlined />}
          onClick={() => onOpenSource(kindLabel(r.kind))(r)}
        >
          {r.location}
        </Button>
      ),
    },
  ];
  return (
    <Table<Requirement>
      rowKey={(r) => `${r.definedAt ?? ''}/${r.id ?? ''}/${r.kind}/${r.quote}/${JSON.stringify(r.params)}`}
      size="small"
      columns={columns}
      dataSource={requirements}
      pagination={false}
      data-testid="requirements-table"
    />
  );
}
