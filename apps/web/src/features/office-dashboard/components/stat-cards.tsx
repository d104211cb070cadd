import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficeDashboard } from '../api/office-dashboard-types';

/** The headline figures of the overview. */
export function StatCards({ totals }: { totals: OfficeDashboard['totals'] }) {
  const { t } = useTranslation();
  const cards = [
    { key: 'applications', title: t('officeDashboard.stats.applications'), value: totals.applications },
    { key: 'drafts', title: t('officeDashboard.stats.drafts'), value: totals.drafts },
    { key: 'submitted', title: t('officeDashboard.stats.submitted'), value: totals.submitted },
    { key: 'inRunning', title: t('officeDashboard.stats.inRunning'), value: totals.inRunning },
    {
      key: 'requested',
      title: t('officeDashboard.stats.requested'),
      value: totals.requestedWan,
      precision: 2,
    },
    {
      key: 'planned',
      title: t('officeDashboard.stats.planned'),
      value: totals.plannedWan,
      precision: 2,
      hint: t('officeDashboard.stats.plannedHint', {
        withPlan: totals.directionsWithPlan,
        directions: totals.directions,
      }),
    },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="office-stats">
      {cards.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic
              title={card.title}
              value={card.value}
              precision={card.precision}
              data-testid={`stat-${card.key}`}
            />
            {card.hint && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{card.hint}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
