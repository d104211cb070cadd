import { Card, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../api/application-types';
import { newId, patchItem, replaceList, textOrUndefined } from '../../utils/content-updates';
import { DateField } from './date-field';
import { useEditor } from './editor-context';
import { type ListColumn, ListTable } from './list-table';
import { PrincipalInvestigatorForm } from './principal-investigator-form';

/** The principal investigator and the key team members (主要参与人). */
export function PeopleSection() {
  const { t } = useTranslation();
  const { content, update, lead } = useEditor();
  const units = [
    ...(lead ? [{ value: lead.id, label: lead.name }] : []),
    ...content.participants.filter((p) => p.name).map((p) => ({ value: p.id, label: p.name })),
  ];
  const setAt = (index: number, patch: Partial<TeamMember>) =>
    update((c) => replaceList(c, 'team', patchItem(c.team, index, patch)));
  const text = (key: 'title' | 'role', width: number): ListColumn<TeamMember> => ({
    key,
    title: t(`applications.people.${key}`),
    width,
    render: (m, i) => (
      <Input value={m[key] ?? ''} onChange={(e) => setAt(i, { [key]: textOrUndefined(e.target.value) })} />
    ),
  });
  const columns: ListColumn<TeamMember>[] = [
    {
      key: 'name',
      title: t('applications.people.name'),
      width: 140,
      render: (m, i) => (
        <Input value={m.name} maxLength={100} onChange={(e) => setAt(i, { name: e.target.value })} />
      ),
    },
    {
      key: 'organisation',
      title: t('applications.people.organisationId'),
      width: 220,
      render: (m, i) => (
        <Select
          style={{ width: '100%' }}
          allowClear
          value={m.organisationId}
          options={units}
          onChange={(organisationId) => setAt(i, { organisationId })}
        />
      ),
    },
    text('title', 140),
    text('role', 200),
    {
      key: 'birthDate',
      title: t('applications.people.birthDate'),
      width: 150,
      render: (m, i) => <DateField value={m.birthDate} onChange={(birthDate) => setAt(i, { birthDate })} />,
    },
  ];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title={t('applications.people.pi')}>
        <PrincipalInvestigatorForm />
      </Card>
      <Card size="small" title={t('applications.people.team')}>
        <ListTable
          testId="team"
          items={content.team}
          columns={columns}
          rowKey={(m) => m.id}
          addLabel={t('applications.people.addMember')}
          onAdd={() => update((c) => replaceList(c, 'team', [...c.team, { id: newId('person'), name: '' }]))}
          onRemove={(index) =>
            update((c) =>
              replaceList(
                c,
                'team',
                c.team.filter((_, i) => i !== index),
              ),
            )
          }
          maxItems={60}
        />
      </Card>
    </Space>
  );
}
