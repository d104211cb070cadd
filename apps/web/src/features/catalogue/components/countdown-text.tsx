import { Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallPhase } from '../api/catalogue-types';
import { useNow } from '../hooks/use-now';
import { remainingMs, splitDuration } from '../utils/countdown';

interface CountdownTextProps {
  phase: CallPhase;
  msUntilNextBoundary: number | null;
  /** when the server's answer arrived, by the browser's clock */
  receivedAt: number;
  /** called once the boundary has passed, so the phase can be asked for again */
  onElapsed?: () => void;
}

/** 距开始 / 距截止 N天N时N分N秒, ticking every second, for upcoming and open calls. */
export function CountdownText({ phase, msUntilNextBoundary, receivedAt, onElapsed }: CountdownTextProps) {
  const { t } = useTranslation();
  const isCounting = msUntilNextBoundary !== null && (phase === 'upcoming' || phase === 'open');
  const now = useNow(isCounting);
  const left = isCounting ? remainingMs(msUntilNextBoundary, receivedAt, now) : null;
  const hasElapsed = left === 0;
  useEffect(() => {
    if (hasElapsed) onElapsed?.();
  }, [hasElapsed, onElapsed]);
  if (left === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const parts = splitDuration(left);
  const label =
    phase === 'upcoming' ? t('catalogue.countdown.untilStart') : t('catalogue.countdown.untilEnd');
  return (
    <Typography.Text data-testid="countdown" style={{ fontVariantNumeric: 'tabular-nums' }}>
      {label} {t('catalogue.countdown.value', { ...parts })}
    </Typography.Text>
  );
}
