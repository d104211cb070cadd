import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry } from '../../api/application-types';
import { patchItem, replaceList } from '../../utils/content-updates';
import { DateField } from './date-field';
import { useEditor } from './editor-context';
import { type ListColumn, ListTable } from './list-table';

/** 进度安排: periods with what is done in each. */
export function ScheduleSection() {
  const { t } = useTranslation();
  const { content, update } = useEditor();
  const setAt = (index: number, patch: Partial<ScheduleEntry>) =>
    update((c) => replaceList(c, 'schedule', patchItem(c.schedule, index, patch)));
  const columns: ListColumn<ScheduleEntry>[] = [
    {
      key: 'from',
      title: t('applications.schedule.from'),
      width: 150,
      render: (s, i) => <DateField value={s.from} onChange={(from) => setAt(i, { from })} />,
    },
    {
      key: 'to',
      title: t('applications.schedule.to'),
      width: 150,
      render: (s, i) => <DateField value={s.to} onChange={(to) => setAt(i, { to })} />,
    },
    {
      key: 'task',
      title: t('applications.schedule.task'),
      width: 420,
      render: (s, i) => (
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 6 }}
          value={s.task}
          maxLength={1000}
          onChange={(e) => setAt(i, { task: e.target.value })}
        />
      ),
    },
  ];
  return (
    <ListTable
      testId="schedule"
      items={content.schedule}
      columns={columns}
      rowKey={(_, index) => String(index)}
      addLabel={t('applications.schedule.add')}
      onAdd={() => update((c) => replaceList(c, 'schedule', [...c.schedule, { task: '' }]))}
      onRemove={(index) =>
        update((c) =>
          replaceList(
            c,
            'schedule',
            c.schedule.filter((_, i) => i !== index),
          ),
        )
      }
      maxItems={30}
    />
  );
}
