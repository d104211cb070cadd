import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { barPercent } from '../utils/office-filters';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

/**
 * A horizontal bar chart drawn with CSS: one row per entry, the bar's length proportional to the largest value.
 * Shows the first `limit` rows and says how many more there are.
 */
export function BarChart({
  title,
  rows,
  limit = 12,
  testId,
}: {
  title: string;
  rows: BarRow[];
  limit?: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const max = Math.max(0, ...rows.map((r) => r.value));
  const shown = rows.slice(0, limit);
  return (
    <Card size="small" title={title} data-testid={testId} style={{ height: '100%' }}>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('officeDashboard.charts.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((row) => (
            <li
              key={row.key}
              data-testid="bar-row"
              style={{ display: 'grid', gridTemplateColumns: '9em 1fr 4em', alignItems: 'center', gap: 8 }}
            >
              <Typography.Text ellipsis={{ tooltip: row.label }}>{row.label}</Typography.Text>
              <div style={{ background: '#f0f0f0', borderRadius: 2, height: 14 }} aria-hidden>
                <div
                  style={{
                    width: `${barPercent(row.value, max)}%`,
                    height: '100%',
                    borderRadius: 2,
                    background: '#1677ff',
                  }}
                />
              </div>
              <Typography.Text style={{ textAlign: 'right' }}>{row.value}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {rows.length > limit && (
        <Typography.Text type="secondary">
          {t('officeDashboard.charts.more', { count: rows.length - limit })}
        </Typography.Text>
      )}
    </Card>
  );
}
