import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useApplicationTimeline } from '../api/recommendations.api';
import { useBilingual } from '../hooks/use-bilingual';
import { formatShanghai } from '../utils/shanghai-time';

/** 流转记录 as the recommender sees it: each state change, who, when (Beijing time), and why. */
export function ReviewTimeline({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const timeline = useApplicationTimeline(applicationId);
  const items = timeline.data ?? [];
  return (
    <Card size="small" title={t('recommendations.review.timeline')} loading={timeline.isPending}>
      <QueryErrorAlert error={timeline.error} />
      {!timeline.isPending && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recommendations.review.noTransitions')} />
      ) : (
        <Timeline
          data-testid="review-timeline"
          items={items.map((entry) => ({
            key: `${entry.at}-${entry.transition}`,
            children: (
              <div data-testid="review-timeline-entry" data-transition={entry.transition}>
                <Typography.Text strong>
                  {t('recommendations.review.transition', {
                    from: pick(entry.from.staff),
                    to: pick(entry.to.staff),
                  })}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {formatShanghai(entry.at, true)} · {entry.actorName ?? t('recommendations.review.system')}
                  </Typography.Text>
                </div>
                {entry.reason && <div>{t('recommendations.review.reason', { reason: entry.reason })}</div>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
