import { App, Card, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import { hasAnyRole, useCurrentUser } from '../../../shared/session/use-session';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useExistingApplications, useFinder, useStartApplication } from '../api/finder.api';
import type { FinderItem, Verdict } from '../api/finder-types';
import { FinderDirectionRow } from './finder-direction-row';

type Filter = Verdict | 'all';
const filters: Filter[] = ['all', 'eligible', 'incomplete', 'ineligible'];

function groupByCall(items: FinderItem[]) {
  const groups = new Map<string, FinderItem[]>();
  for (const item of items) groups.set(item.callId, [...(groups.get(item.callId) ?? []), item]);
  return [...groups.values()];
}

/**
 * "What can we apply to, and what is missing": every direction of open and upcoming calls, grouped by call,
 * judged on my organisation; starting a draft opens the editor.
 */
export function FinderPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canStart = hasAnyRole(user, ['applicant']);
  const finder = useFinder();
  const existing = useExistingApplications(canStart);
  const start = useStartApplication();
  const [filter, setFilter] = useState<Filter>('all');
  const items = (finder.data ?? []).filter((i) => filter === 'all' || i.verdict === filter);
  const existingFor = (item: FinderItem) =>
    existing.data?.find(
      (a) => a.callId === item.callId && a.directionCode === item.code && a.state.code !== 'withdrawn',
    );
  const onStart = (item: FinderItem) =>
    start.mutate(
      { callId: item.callId, directionCode: item.code },
      {
        onSuccess: (created) => navigate(paths.application.replace(':id', created.id)),
        onError: (error) => void message.error(error.message),
      },
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="finder">
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={filters.map((f) => ({ value: f, label: t(`finder.filters.${f}`) }))}
      />
      <QueryErrorAlert error={finder.error} />
      {finder.isPending && <Card loading />}
      {finder.isSuccess && items.length === 0 && <Empty description={t('finder.empty')} />}
      {groupByCall(items).map((group) => {
        const first = group[0];
        if (!first) return null;
        return (
          <Card
            key={first.callId}
            size="small"
            data-testid="finder-call"
            data-call={first.callId}
            title={
              <Space wrap>
                <Typography.Text strong style={{ whiteSpace: 'normal' }}>
                  {first.callTitle}
                </Typography.Text>
                <Tag>{first.year}</Tag>
                <Tag color={first.phase === 'open' ? 'green' : 'blue'}>
                  {t(`finder.phase.${first.phase === 'open' ? 'open' : 'upcoming'}`)}
                </Tag>
              </Space>
            }
          >
            {group.map((item) => (
              <FinderDirectionRow
                key={item.code}
                item={item}
                existing={existingFor(item)}
                canStart={canStart}
                starting={
                  start.isPending &&
                  start.variables?.directionCode === item.code &&
                  start.variables.callId === item.callId
                }
                onStart={() => onStart(item)}
              />
            ))}
          </Card>
        );
      })}
    </Space>
  );
}
