import { FilePdfOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import type { ApplicationView, WorkspaceItem } from '../api/recommendation-types';
import { applicationPdfUrl } from '../api/recommendations.api';

interface ReviewContentProps {
  item: WorkspaceItem;
  application: ApplicationView | undefined;
  directionName: string | undefined;
}

/**
 * The application as submitted, read-only: the facts a recommender weighs first, with the full read-only
 * application page and its PDF one click away.
 */
export function ReviewContent({ item, application, directionName }: ReviewContentProps) {
  const { t } = useTranslation();
  const content = application?.content;
  const wan = (value: number | undefined | null) =>
    value === undefined || value === null ? '—' : t('recommendations.review.wan', { value });
  const { startDate, endDate } = content?.basics ?? {};
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="review-content">
      <Space wrap>
        <Link to={paths.application.replace(':id', encodeURIComponent(item.id))} target="_blank">
          <Button icon={<FileSearchOutlined />}>{t('recommendations.review.openFull')}</Button>
        </Link>
        <Button icon={<FilePdfOutlined />} href={applicationPdfUrl(item.id)} target="_blank">
          {t('recommendations.review.pdf')}
        </Button>
      </Space>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('recommendations.review.leadOrganisation')}>
          {item.organisation.name}
          {item.organisation.regionName ? ` · ${item.organisation.regionName}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('recommendations.review.direction')}>
          {item.directionCode} {directionName ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('recommendations.review.principalInvestigator')}>
          {content?.principalInvestigator?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('recommendations.review.period')}>
          {startDate && endDate
            ? t('recommendations.review.periodValue', { start: startDate, end: endDate })
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('recommendations.review.publicFunding')}>
          {wan(content?.budget?.publicFundingWan ?? item.publicFundingWan)}
        </Descriptions.Item>
        <Descriptions.Item label={t('recommendations.review.selfFunding')}>
          {wan(content?.budget?.selfFundingWan)}
        </Descriptions.Item>
        <Descriptions.Item label={t('recommendations.review.summary')}>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0 }}
            ellipsis={{ rows: 6, expandable: true }}
          >
            {content?.sections?.summary || '—'}
          </Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
