import { Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompareResponse } from '../api/catalogue-types';
import { directionPath } from '../utils/catalogue-links';
import { fieldOf } from '../utils/change-words';
import { type DirectionField, directionFields, effectiveOf } from '../utils/direction-fields';
import { NodeValue } from './node-value';
import { PhaseTag } from './phase-tag';

interface GridRow {
  key: DirectionField | 'direction';
  label: string;
}

const changedStyle = { background: '#fff7e6', boxShadow: 'inset 3px 0 0 #fa8c16' };

/** The partner's directions side by side, one column per year; a value that changed from the year before is marked. */
export function CompareGrid({ data }: { data: CompareResponse }) {
  const { t } = useTranslation();
  // changed[i] = the fields that differ between item i-1 and item i (nothing for the first).
  const changed = data.items.map((_, i) =>
    i === 0 ? new Set<string>() : new Set((data.changes[i - 1]?.changes ?? []).map((c) => fieldOf(c.path))),
  );
  const rows: GridRow[] = [
    { key: 'direction', label: t('catalogue.compare.direction') },
    ...directionFields.map((field) => ({ key: field, label: t(`catalogue.field.${field}`) })),
  ];
  const cell = (row: GridRow, i: number): ReactNode => {
    const item = data.items[i]!;
    if (row.key === 'direction') {
      return (
        <>
          <Link to={directionPath(item.direction.callId, item.direction.code)}>
            {`${item.direction.code} ${item.direction.name}`}
          </Link>
          <div>
            <PhaseTag phase={item.direction.phase} />
          </div>
        </>
      );
    }
    return <NodeValue field={row.key} value={effectiveOf(item.resolved, row.key)?.value} />;
  };
  const columns: TableProps<GridRow>['columns'] = [
    { title: t('catalogue.compare.field'), dataIndex: 'label', width: 140, fixed: 'left' },
    ...data.items.map((item, i) => ({
      key: `${item.direction.callId}/${item.direction.code}`,
      width: 300,
      title: (
        <div data-testid="compare-year">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {item.direction.year}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {item.direction.callTitle}
          </Typography.Text>
        </div>
      ),
      onCell: (row: GridRow) => {
        const isChanged = row.key !== 'direction' && changed[i]!.has(row.key);
        return {
          style: isChanged ? changedStyle : undefined,
          'data-changed': isChanged ? 'true' : undefined,
          'data-field': row.key,
        } as React.HTMLAttributes<HTMLElement>;
      },
      render: (_: unknown, row: GridRow) => cell(row, i),
    })),
  ];
  return (
    <Table<GridRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 140 + 300 * data.items.length }}
      data-testid="compare-grid"
    />
  );
}
