import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Progress, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallQuota, QuotaCounter } from '../api/recommendation-types';
import { counterKind, counterPercent, isCounterFull, quotaOf } from '../utils/quota-display';

function CounterCard({ counter, quota }: { counter: QuotaCounter; quota: CallQuota | undefined }) {
  const { t } = useTranslation();
  const kind = counterKind(counter);
  const isFull = isCounterFull(counter);
  const codes = quota?.appliesTo.join('、') ?? '';
  return (
    <Card
      size="small"
      data-testid="quota-counter"
      data-holder={counter.holder}
      data-full={isFull}
      title={
        <Space wrap size={4}>
          <span>{counter.holder}</span>
          {kind === 'excluded' && <Tag>{t('recommendations.quotas.excluded')}</Tag>}
          {kind === 'incentive' && <Tag color="gold">{t('recommendations.quotas.incentive')}</Tag>}
          {isFull && <Tag color="red">{t('recommendations.quotas.full')}</Tag>}
        </Space>
      }
      extra={
        <Tooltip title={t('recommendations.quotas.quote', { quote: counter.quote })}>
          <InfoCircleOutlined aria-label={counter.quote} />
        </Tooltip>
      }
    >
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        {kind === 'excluded' ? (
          <Typography.Text data-testid="quota-used">
            {t('recommendations.quotas.excludedUsed', { used: counter.used })}
          </Typography.Text>
        ) : counter.limit === null ? (
          <Typography.Text data-testid="quota-used">
            {t('recommendations.quotas.usedNoLimit', { used: counter.used })}
          </Typography.Text>
        ) : (
          <>
            <Space wrap>
              <Typography.Text strong data-testid="quota-used">
                {t('recommendations.quotas.used', { used: counter.used, limit: counter.limit })}
              </Typography.Text>
              <Typography.Text type={isFull ? 'danger' : 'secondary'} data-testid="quota-left">
                {t('recommendations.quotas.left', { left: counter.left ?? 0 })}
              </Typography.Text>
            </Space>
            <Progress
              percent={counterPercent(counter)}
              showInfo={false}
              size="small"
              status={isFull ? 'exception' : 'normal'}
            />
          </>
        )}
        {counter.moneyCapWan !== null && (
          <Typography.Text data-testid="quota-money">
            {t('recommendations.quotas.money', { used: counter.usedWan, cap: counter.moneyCapWan })}
          </Typography.Text>
        )}
        {codes && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {quota?.combined
              ? t('recommendations.quotas.combined', { codes })
              : t('recommendations.quotas.appliesTo', { codes })}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

/** Every quota I hold in the call: used and left, money caps, incentive allotments, what is not counted. */
export function QuotaCounters({
  counters,
  quotas,
  loading,
}: {
  counters: QuotaCounter[];
  quotas: CallQuota[] | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('recommendations.quotas.title')}
      loading={loading}
      data-testid="quota-counters"
    >
      {counters.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recommendations.quotas.none')} />
      ) : (
        <Row gutter={[12, 12]}>
          {counters.map((counter) => (
            <Col key={counter.quotaIndex} xs={24} md={12} xl={8}>
              <CounterCard counter={counter} quota={quotaOf(quotas, counter)} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
