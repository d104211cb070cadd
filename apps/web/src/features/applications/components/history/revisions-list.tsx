import { List, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../../shared/ui/query-state';
import type { ApplicationContent } from '../../api/application-types';
import { useRevisionDiff, useRevisions } from '../../api/applications.api';
import { RevisionDiffTable } from './revision-diff-table';

interface RevisionsListProps {
  applicationId: string;
  content: ApplicationContent;
  /** the revision the editor holds: the list reloads when it changes */
  currentRevision: number;
}

/** 历史版本: every saved revision; choosing one shows what it changed against the one before. */
export function RevisionsList({ applicationId, content, currentRevision }: RevisionsListProps) {
  const { t } = useTranslation();
  const revisions = useRevisions(applicationId, true);
  const [selected, setSelected] = useState<number | null>(null);
  const diff = useRevisionDiff(applicationId, selected);
  const latest = revisions.data?.[0]?.revision;
  if (revisions.isError) return <QueryErrorAlert error={revisions.error} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="revisions">
      {latest !== undefined && latest < currentRevision && (
        <Typography.Link onClick={() => void revisions.refetch()}>
          {t('applications.history.reload')}
        </Typography.Link>
      )}
      <List
        size="small"
        loading={revisions.isPending}
        dataSource={revisions.data ?? []}
        style={{ maxHeight: 260, overflow: 'auto' }}
        renderItem={(r) => (
          <List.Item
            onClick={() => setSelected(r.revision)}
            style={{ cursor: 'pointer', background: selected === r.revision ? '#e6f0fa' : undefined }}
          >
            <Typography.Text strong>
              {t('applications.history.revision', { revision: r.revision })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {dayjs(r.savedAt).format('YYYY-MM-DD HH:mm:ss')}
            </Typography.Text>
          </List.Item>
        )}
      />
      {selected !== null && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {diff.data?.from
              ? t('applications.history.diffTitle', { from: diff.data.from, to: selected })
              : t('applications.history.firstRevision', { to: selected })}
          </Typography.Title>
          {diff.isError ? (
            <QueryErrorAlert error={diff.error} />
          ) : (
            <RevisionDiffTable changes={diff.data?.changes ?? []} content={content} />
          )}
        </>
      )}
    </Space>
  );
}
