import { CloseCircleFilled, FileSearchOutlined } from '@ant-design/icons';
import { Button, Popover, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FinderItem } from '../api/finder-types';

type Reason = FinderItem['blockingReasons'][number];

/** Why a direction is closed to us, with the clause it comes from one click away (查看原文). */
export function BlockingReason({ reason }: { reason: Reason }) {
  const { t, i18n } = useTranslation();
  const message = i18n.language === 'en-US' ? reason.message['en-US'] : reason.message['zh-CN'];
  return (
    <Space size={4} align="start" data-testid="finder-blocking-reason">
      <CloseCircleFilled style={{ color: '#cf1322', marginTop: 4 }} />
      <Typography.Text>{message}</Typography.Text>
      <Popover
        trigger="click"
        title={t('finder.clauseTitle')}
        content={
          <div style={{ maxWidth: 360 }}>
            <Typography.Paragraph style={{ borderLeft: '3px solid #1d4f91', paddingLeft: 8 }}>
              {reason.quote}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {t('finder.location', { location: reason.location })}
            </Typography.Text>
          </div>
        }
      >
        <Button type="link" size="small" icon={<FileSearchOutlined />} style={{ padding: 0, height: 'auto' }}>
          {t('finder.showClause')}
        </Button>
      </Popover>
    </Space>
  );
}
