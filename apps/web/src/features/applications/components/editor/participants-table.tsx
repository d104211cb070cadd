import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { organisationTypes } from '../../../../shared/api/api-types';
import type { Participant } from '../../api/application-types';
import {
  newId,
  numberOrUndefined,
  patchItem,
  replaceList,
  textOrUndefined,
} from '../../utils/content-updates';
import { useEditor } from './editor-context';
import { type ListColumn, ListTable } from './list-table';

const isForeign = (p: Participant) => p.role === 'foreignPartner' || (!!p.country && p.country !== 'CN');

/**
 * The participating organisations of one side: domestic units (with credit code and share of the public
 * funding) or foreign partners (with English name and country). Both live in `content.participants`.
 */
export function ParticipantsTable({ side }: { side: 'domestic' | 'foreign' }) {
  const { t } = useTranslation();
  const { content, update } = useEditor();
  const all = content.participants;
  const rows = all.map((p, index) => ({ p, index })).filter(({ p }) => isForeign(p) === (side === 'foreign'));
  const items = rows.map((r) => r.p);
  const setAt = (row: number, patch: Partial<Participant>) => {
    const index = rows[row]?.index;
    if (index === undefined) return;
    update((c) => replaceList(c, 'participants', patchItem(c.participants, index, patch)));
  };
  const typeOptions = organisationTypes.map((type) => ({
    value: type,
    label: t(`organisationType.${type}`),
  }));
  const columns: ListColumn<Participant>[] = [
    {
      key: 'name',
      title: t('applications.participants.name'),
      width: 220,
      render: (p, i) => (
        <Input
          value={p.name}
          maxLength={200}
          aria-label={t('applications.participants.name')}
          onChange={(e) => setAt(i, { name: e.target.value })}
        />
      ),
    },
    ...(side === 'foreign'
      ? [
          {
            key: 'nameEn',
            title: t('applications.participants.nameEn'),
            width: 200,
            render: (p: Participant, i: number) => (
              <Input
                value={p.nameEn ?? ''}
                maxLength={200}
                onChange={(e) => setAt(i, { nameEn: textOrUndefined(e.target.value) })}
              />
            ),
          },
          {
            key: 'country',
            title: t('applications.participants.country'),
            width: 90,
            render: (p: Participant, i: number) => (
              <Input
                value={p.country ?? ''}
                maxLength={2}
                placeholder="FI"
                onChange={(e) => setAt(i, { country: textOrUndefined(e.target.value.toUpperCase()) })}
              />
            ),
          },
        ]
      : [
          {
            key: 'uscc',
            title: t('applications.participants.uscc'),
            width: 200,
            render: (p: Participant, i: number) => (
              <Input
                value={p.uscc ?? ''}
                maxLength={18}
                onChange={(e) => setAt(i, { uscc: textOrUndefined(e.target.value.toUpperCase()) })}
              />
            ),
          },
        ]),
    {
      key: 'type',
      title: t('applications.participants.type'),
      width: 150,
      render: (p, i) => (
        <Select
          style={{ width: '100%' }}
          allowClear
          value={p.type}
          options={typeOptions}
          onChange={(type) => setAt(i, { type })}
        />
      ),
    },
    {
      key: 'task',
      title: t('applications.participants.task'),
      width: 260,
      render: (p, i) => (
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={p.task ?? ''}
          maxLength={2000}
          onChange={(e) => setAt(i, { task: textOrUndefined(e.target.value) })}
        />
      ),
    },
  ];
  if (side === 'domestic') {
    columns.push({
      key: 'funding',
      title: t('applications.participants.publicFundingShareWan'),
      width: 130,
      render: (p, i) => (
        <InputNumber
          min={0}
          value={p.publicFundingShareWan ?? null}
          onChange={(v) => setAt(i, { publicFundingShareWan: numberOrUndefined(v) })}
        />
      ),
    });
  }
  const add = () =>
    update((c) =>
      replaceList(c, 'participants', [
        ...c.participants,
        side === 'foreign'
          ? { id: newId('org'), name: '', role: 'foreignPartner' }
          : { id: newId('org'), name: '', role: 'participant', country: 'CN' },
      ]),
    );
  const remove = (row: number) => {
    const index = rows[row]?.index;
    update((c) =>
      replaceList(
        c,
        'participants',
        c.participants.filter((_, i) => i !== index),
      ),
    );
  };
  return (
    <ListTable
      testId={`participants-${side}`}
      items={items}
      columns={columns}
      rowKey={(p) => p.id}
      addLabel={t(
        side === 'foreign' ? 'applications.participants.addForeign' : 'applications.participants.addDomestic',
      )}
      onAdd={add}
      onRemove={remove}
      maxItems={40 - (all.length - items.length)}
    />
  );
}
