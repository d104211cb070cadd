import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, List, Result, Row, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { PageTitle } from '../../../shared/ui/page-title';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { useRerunChecks, useReviewDetail, useStartReview } from '../api/formal-review.api';
import { CheckResults } from '../components/check-results';
import { ChecklistEditor } from '../components/checklist-editor';
import { DecisionButtons } from '../components/decision-buttons';
import { useBilingual } from '../hooks/use-bilingual';
import { applicationPdfUrl, attachmentFileUrl, formalReviewPaths } from '../utils/formal-review-paths';
import { formatShanghai } from '../utils/shanghai-time';

/** `/formal-reviews/:id`: one application's formal review: documents, automatic checks, checklist, decision. */
export function FormalReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pick = useBilingual();
  const { id = '' } = useParams();
  const detail = useReviewDetail(id);
  const start = useStartReview();
  const rerun = useRerunChecks();
  if (detail.isPending) return <PageSpinner />;
  if (detail.isError) {
    if (isApiError(detail.error) && detail.error.status === 404) return <Result status="404" />;
    return <QueryErrorAlert error={detail.error} />;
  }
  const d = detail.data;
  const a = d.application;
  const inReview = a.state.code === 'inFormalReview';
  const onError = (error: Error) => void message.error(error.message);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={formalReviewPaths.list}>
        <ArrowLeftOutlined /> {t('formalReview.review.back')}
      </Link>
      <PageTitle extra={<Tag color="blue">{pick(a.state.staff)}</Tag>}>{a.title || a.id}</PageTitle>
      <Card size="small">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('formalReview.list.organisation')}>
            {a.organisationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('formalReview.review.category')}>
            {pick(d.category.label)}
          </Descriptions.Item>
          <Descriptions.Item label={t('formalReview.review.frozenVersion')}>
            {d.submission
              ? t('formalReview.review.submission', {
                  version: d.submission.version,
                  time: formatShanghai(d.submission.submittedAt),
                })
              : t('formalReview.review.noSubmission')}
          </Descriptions.Item>
        </Descriptions>
        <Button
          icon={<FilePdfOutlined />}
          href={applicationPdfUrl(a.id)}
          target="_blank"
          data-testid="application-pdf"
        >
          {t('formalReview.review.pdf')}
        </Button>
      </Card>
      {d.outcome && (
        <Alert
          type={d.outcome === 'accepted' ? 'success' : d.outcome === 'rejected' ? 'error' : 'warning'}
          showIcon
          message={t(`formalReview.review.outcome.${d.outcome}`)}
          description={
            <>
              {d.reason && <div>{t('formalReview.review.reason', { reason: d.reason })}</div>}
              {d.correctionDueAt && (
                <div>
                  {t('formalReview.review.correctionDueAt', { time: formatShanghai(d.correctionDueAt) })}
                </div>
              )}
            </>
          }
        />
      )}
      {a.actions.includes('startFormalReview') && (
        <Alert
          type="info"
          showIcon
          message={t('formalReview.review.notStarted')}
          action={
            <Button
              type="primary"
              loading={start.isPending}
              onClick={() => start.mutate(a.id, { onError })}
              data-testid="start-review"
            >
              {t('formalReview.review.start')}
            </Button>
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <CheckResults
              checks={d.checks}
              onRerun={inReview ? () => rerun.mutate(a.id, { onError }) : undefined}
              rerunning={rerun.isPending}
            />
            <Card size="small" title={t('formalReview.review.attachments')}>
              <List
                size="small"
                dataSource={d.submission?.attachments ?? []}
                locale={{ emptyText: t('formalReview.review.noAttachments') }}
                renderItem={(f) => (
                  <List.Item>
                    <a href={attachmentFileUrl(a.id, f.id)} target="_blank" rel="noreferrer">
                      {f.fileName}
                    </a>
                    <Tag>{f.code}</Tag>
                  </List.Item>
                )}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <ChecklistEditor
              key={`${a.id}:${d.checklist.progress.ok}:${d.checklist.progress.notOk}`}
              applicationId={a.id}
              checklist={d.checklist}
              editable={inReview}
            />
            {inReview && (
              <Card size="small">
                <DecisionButtons applicationId={a.id} title={a.title || a.id} />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
