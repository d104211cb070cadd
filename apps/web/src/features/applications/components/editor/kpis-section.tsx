import { ImportOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiEntry } from '../../api/application-types';
import { numberOrUndefined, patchItem, replaceList, textOrUndefined } from '../../utils/content-updates';
import { useEditor } from './editor-context';
import { type ListColumn, ListTable } from './list-table';

/** 绩效目标: the three-level table (一级 / 二级 / 三级指标) with target values; the guide's targets can be taken over. */
export function KpisSection() {
  const { t } = useTranslation();
  const { content, update, direction, readOnly } = useEditor();
  const setAt = (index: number, patch: Partial<KpiEntry>) =>
    update((c) => replaceList(c, 'kpis', patchItem(c.kpis, index, patch)));
  const level = (key: 'level1' | 'level2', width: number): ListColumn<KpiEntry> => ({
    key,
    title: t(`applications.kpis.${key}`),
    width,
    render: (k, i) => (
      <Input
        value={k[key] ?? ''}
        maxLength={100}
        onChange={(e) => setAt(i, { [key]: textOrUndefined(e.target.value) })}
      />
    ),
  });
  const columns: ListColumn<KpiEntry>[] = [
    level('level1', 140),
    level('level2', 140),
    {
      key: 'text',
      title: t('applications.kpis.text'),
      width: 280,
      render: (k, i) => (
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={k.text}
          maxLength={500}
          onChange={(e) => setAt(i, { text: e.target.value })}
        />
      ),
    },
    {
      key: 'target',
      title: t('applications.kpis.target'),
      width: 110,
      render: (k, i) => (
        <InputNumber value={k.target ?? null} onChange={(v) => setAt(i, { target: numberOrUndefined(v) })} />
      ),
    },
    {
      key: 'unit',
      title: t('applications.kpis.unit'),
      width: 90,
      render: (k, i) => (
        <Input
          value={k.unit ?? ''}
          maxLength={20}
          onChange={(e) => setAt(i, { unit: textOrUndefined(e.target.value) })}
        />
      ),
    },
  ];
  const guideKpis = direction?.node.kpis ?? [];
  const importGuide = () =>
    update((c) =>
      replaceList(c, 'kpis', [
        ...c.kpis,
        ...guideKpis.map((k) => ({
          ...(k.level1 ? { level1: k.level1 } : {}),
          ...(k.level2 ? { level2: k.level2 } : {}),
          text: k.text,
          ...(k.min !== null ? { target: k.min } : {}),
          ...(k.unit ? { unit: k.unit } : {}),
        })),
      ]),
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('applications.kpis.hint')}</Typography.Paragraph>
      {!readOnly && guideKpis.length > 0 && (
        <Button icon={<ImportOutlined />} onClick={importGuide}>
          {t('applications.kpis.importGuide', { count: guideKpis.length })}
        </Button>
      )}
      <ListTable
        testId="kpis"
        items={content.kpis}
        columns={columns}
        rowKey={(_, index) => String(index)}
        addLabel={t('applications.kpis.add')}
        onAdd={() => update((c) => replaceList(c, 'kpis', [...c.kpis, { text: '' }]))}
        onRemove={(index) =>
          update((c) =>
            replaceList(
              c,
              'kpis',
              c.kpis.filter((_, i) => i !== index),
            ),
          )
        }
        maxItems={60}
      />
    </Space>
  );
}
