import { Card, Space, Table, type TableProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallForm, FormField } from '../api/catalogue-types';
import { useLocalised } from '../hooks/use-localised';

/** The forms and tables of a call, each with its fields (a table field lists its columns below it). */
export function FormsList({ forms }: { forms: CallForm[] }) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const columns: TableProps<FormField>['columns'] = [
    { title: t('catalogue.form.key'), dataIndex: 'key', width: 180 },
    { title: t('catalogue.form.label'), key: 'label', render: (_, f) => localised(f.label, f.labelEn) },
    { title: t('catalogue.form.type'), dataIndex: 'type', width: 110 },
    {
      title: t('catalogue.form.required'),
      key: 'required',
      width: 80,
      render: (_, f) => (f.required ? t('catalogue.value.yes') : t('catalogue.value.no')),
    },
    {
      title: t('catalogue.form.constraints'),
      key: 'constraints',
      render: (_, f) =>
        [f.maxLength && t('catalogue.form.maxLength', { n: f.maxLength }), f.unit, f.options.join(' / ')]
          .filter(Boolean)
          .join('；'),
    },
  ];
  const withColumns = (fields: FormField[]): (FormField & { children?: FormField[] })[] =>
    fields.map((f) => (f.columns.length ? { ...f, children: withColumns(f.columns) } : f));
  if (forms.length === 0) return <>{t('catalogue.value.notStated')}</>;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {forms.map((form) => (
        <Card
          key={form.code}
          size="small"
          title={
            <>
              {localised(form.name, form.nameEn)}{' '}
              {form.bilingual && <Tag>{t('catalogue.form.bilingual')}</Tag>}
              <Tag>{t('catalogue.form.fieldCount', { n: form.fields.length })}</Tag>
            </>
          }
        >
          <Table<FormField>
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={withColumns(form.fields)}
            pagination={false}
          />
        </Card>
      ))}
    </Space>
  );
}
