import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubTopic } from '../../api/application-types';
import { newId, patchItem, replaceList } from '../../utils/content-updates';
import { useEditor } from './editor-context';
import { type ListColumn, ListTable } from './list-table';

/** 课题设置: each sub-topic with its leader and the units that take part (lead, participants, partners). */
export function SubTopicsTable() {
  const { t } = useTranslation();
  const { content, update, lead } = useEditor();
  const people = [
    ...(content.principalInvestigator.name
      ? [{ value: content.principalInvestigator.id ?? 'pi', label: content.principalInvestigator.name }]
      : []),
    ...content.team.filter((m) => m.name).map((m) => ({ value: m.id, label: m.name })),
  ];
  const units = [
    ...(lead ? [{ value: lead.id, label: lead.name }] : []),
    ...content.participants.filter((p) => p.name).map((p) => ({ value: p.id, label: p.name })),
  ];
  const setAt = (index: number, patch: Partial<SubTopic>) =>
    update((c) => replaceList(c, 'subTopics', patchItem(c.subTopics, index, patch)));
  const columns: ListColumn<SubTopic>[] = [
    {
      key: 'name',
      title: t('applications.subTopics.name'),
      width: 260,
      render: (topic, i) => (
        <Input value={topic.name} maxLength={300} onChange={(e) => setAt(i, { name: e.target.value })} />
      ),
    },
    {
      key: 'leader',
      title: t('applications.subTopics.leaderPersonId'),
      width: 160,
      render: (topic, i) => (
        <Select
          style={{ width: '100%' }}
          allowClear
          value={topic.leaderPersonId}
          options={people}
          onChange={(leaderPersonId) => setAt(i, { leaderPersonId })}
        />
      ),
    },
    {
      key: 'units',
      title: t('applications.subTopics.unitIds'),
      width: 320,
      render: (topic, i) => (
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          value={topic.unitIds}
          options={units}
          onChange={(unitIds: string[]) => setAt(i, { unitIds })}
        />
      ),
    },
  ];
  return (
    <ListTable
      testId="sub-topics"
      items={content.subTopics}
      columns={columns}
      rowKey={(topic) => topic.id}
      addLabel={t('applications.subTopics.add')}
      onAdd={() =>
        update((c) =>
          replaceList(c, 'subTopics', [...c.subTopics, { id: newId('topic'), name: '', unitIds: [] }]),
        )
      }
      onRemove={(index) =>
        update((c) =>
          replaceList(
            c,
            'subTopics',
            c.subTopics.filter((_, i) => i !== index),
          ),
        )
      }
      maxItems={10}
    />
  );
}
