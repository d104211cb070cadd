import { FileSearchOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ClausePopoverProps {
  quote: string;
  location: string;
  interpretation?: string | null;
}

/** 查看原文: the clause of the notice a requirement comes from, where it stands, and how it was read. */
export function ClausePopover({ quote, location, interpretation }: ClausePopoverProps) {
  const { t } = useTranslation();
  const content = (
    <div style={{ maxWidth: 360 }} data-testid="clause-popover">
      <Typography.Paragraph style={{ borderLeft: '3px solid #1d4f91', paddingLeft: 8, marginBottom: 8 }}>
        {quote}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('applications.eligibility.location', { location })}
      </Typography.Text>
      {interpretation && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('applications.eligibility.interpretation', { interpretation })}
        </Typography.Paragraph>
      )}
    </div>
  );
  return (
    <Popover content={content} title={t('applications.eligibility.clauseTitle')} trigger="click">
      <Button type="link" size="small" icon={<FileSearchOutlined />} style={{ padding: 0 }}>
        {t('applications.eligibility.showClause')}
      </Button>
    </Popover>
  );
}
