import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationContent } from '../../api/application-types';
import { RevisionsList } from './revisions-list';
import { TimelineList } from './timeline-list';

interface ApplicationHistoryProps {
  applicationId: string;
  content: ApplicationContent;
  revision: number;
  audience: 'applicant' | 'staff';
}

/** The record of an application: its state changes and its saved revisions with their differences. */
export function ApplicationHistory({ applicationId, content, revision, audience }: ApplicationHistoryProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('applications.history.title')} data-testid="application-history">
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'timeline',
            label: t('applications.history.timeline'),
            children: <TimelineList applicationId={applicationId} audience={audience} />,
          },
          {
            key: 'revisions',
            label: t('applications.history.revisions'),
            children: (
              <RevisionsList applicationId={applicationId} content={content} currentRevision={revision} />
            ),
          },
        ]}
      />
    </Card>
  );
}
