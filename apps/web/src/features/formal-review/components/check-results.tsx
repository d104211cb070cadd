import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecksView } from '../api/formal-review-types';
import { useBilingual } from '../hooks/use-bilingual';
import { formatShanghai } from '../utils/shanghai-time';

/** The automatic checks of the frozen version: pass or fail, each with its reasons; re-run on demand. */
export function CheckResults({
  checks,
  onRerun,
  rerunning,
}: {
  checks: ChecksView | null;
  onRerun?: () => void;
  rerunning?: boolean;
}) {
  const { t } = useTranslation();
  const pick = useBilingual();
  return (
    <Card
      size="small"
      title={t('formalReview.checks.title')}
      extra={
        onRerun && (
          <Button size="small" onClick={onRerun} loading={rerunning} data-testid="rerun-checks">
            {t('formalReview.checks.rerun')}
          </Button>
        )
      }
    >
      {!checks ? (
        <Empty description={t('formalReview.checks.notRun')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t('formalReview.checks.ranAt', {
              time: formatShanghai(checks.ranAt),
              version: checks.submissionVersion,
            })}
          </Typography.Text>
          <List
            dataSource={checks.results}
            rowKey="code"
            renderItem={(r) => (
              <List.Item data-testid={`check-${r.code}`}>
                <List.Item.Meta
                  avatar={
                    r.status === 'pass' ? (
                      <CheckCircleTwoTone twoToneColor="#52c41a" />
                    ) : (
                      <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                    )
                  }
                  title={
                    <Space>
                      {pick(r.label)}
                      <Tag color={r.status === 'pass' ? 'green' : 'red'}>
                        {t(`formalReview.checks.${r.status}`)}
                      </Tag>
                    </Space>
                  }
                  description={r.reasons.map((reason) => <div key={reason['zh-CN']}>{pick(reason)}</div>)}
                />
              </List.Item>
            )}
          />
        </Space>
      )}
    </Card>
  );
}
