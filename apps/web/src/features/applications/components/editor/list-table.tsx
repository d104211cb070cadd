import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';

export interface ListColumn<T> {
  key: string;
  title: string;
  width?: number;
  render: (item: T, index: number) => ReactNode;
}

interface ListTableProps<T> {
  testId: string;
  items: readonly T[];
  columns: ListColumn<T>[];
  /** the row key (an item's id where it has one) */
  rowKey: (item: T, index: number) => string;
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  maxItems: number;
}

/** An editable list as a table: one input per cell, a delete button per row, an add button below. */
export function ListTable<T extends object>({
  testId,
  items,
  columns,
  rowKey,
  addLabel,
  onAdd,
  onRemove,
  maxItems,
}: ListTableProps<T>) {
  const { t } = useTranslation();
  const { readOnly } = useEditor();
  const keyed = items.map((item, index) => ({ item, index, key: rowKey(item, index) }));
  const tableColumns: TableColumnsType<(typeof keyed)[number]> = [
    ...columns.map((column) => ({
      key: column.key,
      title: column.title,
      width: column.width,
      render: (_: unknown, row: (typeof keyed)[number]) => column.render(row.item, row.index),
    })),
    ...(readOnly
      ? []
      : [
          {
            key: 'remove',
            width: 56,
            render: (_: unknown, row: (typeof keyed)[number]) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('applications.editor.removeRow')}
                onClick={() => onRemove(row.index)}
              />
            ),
          },
        ]),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        data-testid={testId}
        size="small"
        pagination={false}
        rowKey="key"
        columns={tableColumns}
        dataSource={keyed}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('applications.editor.emptyList') }}
      />
      {!readOnly && (
        <Button icon={<PlusOutlined />} onClick={onAdd} disabled={items.length >= maxItems}>
          {addLabel}
        </Button>
      )}
    </Space>
  );
}
