import { Drawer, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import type { WorkspaceItem } from '../api/recommendation-types';
import { useApplicationView } from '../api/recommendations.api';
import { DecisionPanel } from './decision-panel';
import { ReviewContent } from './review-content';
import { ReviewEligibility } from './review-eligibility';
import { ReviewTimeline } from './review-timeline';

interface ReviewDrawerProps {
  item: WorkspaceItem | null;
  directionName: string | undefined;
  canUseIncentive: boolean;
  onClose: () => void;
}

/** One application under review: its content, decision, eligibility report and record. */
export function ReviewDrawer({ item, directionName, canUseIncentive, onClose }: ReviewDrawerProps) {
  const { t } = useTranslation();
  const application = useApplicationView(item?.id ?? null);
  const title = item?.title || t('recommendations.review.untitled');
  return (
    <Drawer
      open={!!item}
      onClose={onClose}
      width={760}
      destroyOnHidden
      title={t('recommendations.review.title', { title })}
    >
      {item && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="review-drawer">
          <QueryErrorAlert error={application.error} />
          {application.data && (
            <DecisionPanel application={application.data} title={title} canUseIncentive={canUseIncentive} />
          )}
          <ReviewContent item={item} application={application.data} directionName={directionName} />
          <ReviewEligibility applicationId={item.id} />
          <ReviewTimeline applicationId={item.id} />
        </Space>
      )}
    </Drawer>
  );
}
