import { ClockCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServerNow } from '../hooks/use-server-now';
import { formatShanghai, splitDuration } from '../utils/shanghai-time';

interface DeadlineCountdownProps {
  deadline: string | null;
  /** the server's clock and when the browser received it, to correct the browser's clock */
  serverNow: string | undefined;
  receivedAt: number | undefined;
}

/** 推荐截止时间 in Beijing time, and the time left, ticking every second. */
export function DeadlineCountdown({ deadline, serverNow, receivedAt }: DeadlineCountdownProps) {
  const { t } = useTranslation();
  const nowMs = useServerNow(serverNow, receivedAt, !!deadline);
  if (!deadline) {
    return <Typography.Text type="secondary">{t('recommendations.deadline.none')}</Typography.Text>;
  }
  const left = Date.parse(deadline) - nowMs;
  return (
    <Space wrap data-testid="recommendation-deadline">
      <ClockCircleOutlined />
      <Typography.Text strong>{t('recommendations.deadline.label')}</Typography.Text>
      <Typography.Text>
        {t('recommendations.deadline.value', { time: formatShanghai(deadline) })}
      </Typography.Text>
      {left > 0 ? (
        <Tag color={left < 3 * 86_400_000 ? 'orange' : 'blue'} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('recommendations.deadline.remaining', splitDuration(left))}
        </Tag>
      ) : (
        <Tag color="red">{t('recommendations.deadline.closed')}</Tag>
      )}
    </Space>
  );
}
