import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Interpretation } from '../api/catalogue-types';

/** Every place where the text is ambiguous or wrong, the reading taken and why. */
export function InterpretationsTable({ interpretations }: { interpretations: Interpretation[] }) {
  const { t } = useTranslation();
  const columns: TableProps<Interpretation>['columns'] = [
    { title: t('catalogue.interpretation.field'), dataIndex: 'field', width: 200 },
    { title: t('catalogue.interpretation.quote'), dataIndex: 'quote' },
    { title: t('catalogue.interpretation.reading'), dataIndex: 'interpretation' },
    { title: t('catalogue.interpretation.reason'), dataIndex: 'reason' },
  ];
  return (
    <Table<Interpretation>
      rowKey={(i) => `${i.field}/${i.quote}`}
      size="small"
      columns={columns}
      dataSource={interpretations}
      pagination={false}
      scroll={{ x: 900 }}
    />
  );
}
