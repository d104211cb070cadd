import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../../shared/ui/query-state';
import { useTimeline } from '../../api/applications.api';
import { useBilingual } from '../../hooks/use-bilingual';

/** 流转记录: every state change, who made it, when, from what to what, and why. */
export function TimelineList({
  applicationId,
  audience,
}: {
  applicationId: string;
  audience: 'applicant' | 'staff';
}) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const timeline = useTimeline(applicationId);
  if (timeline.isError) return <QueryErrorAlert error={timeline.error} />;
  const items = timeline.data ?? [];
  if (!timeline.isPending && items.length === 0)
    return <Empty description={t('applications.history.noTransitions')} />;
  return (
    <Timeline
      data-testid="application-timeline"
      items={items.map((entry) => ({
        key: `${entry.at}-${entry.transition}`,
        children: (
          <div data-testid="timeline-entry" data-transition={entry.transition}>
            <Typography.Text strong>
              {t('applications.history.transition', {
                from: pick(entry.from[audience]),
                to: pick(entry.to[audience]),
              })}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')} ·{' '}
                {entry.actorName ?? t('applications.history.system')}
              </Typography.Text>
            </div>
            {entry.reason && <div>{t('applications.history.reason', { reason: entry.reason })}</div>}
          </div>
        ),
      }))}
    />
  );
}
