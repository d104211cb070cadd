import { Result, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { useCurrentUser } from '../../../shared/session/use-session';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { CorrectionNotice, useFormalReviewOutcome } from '../../formal-review';
import type { Receipt } from '../api/application-types';
import { useApplication } from '../api/applications.api';
import { ApplicationWorkspace } from '../components/workspace/application-workspace';
import { ReceiptCard } from '../components/workspace/receipt-card';

/** `/applications/:id`: the application editor, or its read-only view once it has left the draft states. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const application = useApplication(id);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const correction = useFormalReviewOutcome(id, application.data?.state.code === 'returnedForCorrection');
  if (application.isPending) return <PageSpinner />;
  if (application.isError) {
    if (isApiError(application.error) && application.error.status === 404) {
      return <Result status="404" title={t('applications.workspace.notFound')} />;
    }
    return <QueryErrorAlert error={application.error} />;
  }
  const view = application.data;
  const audience = user.organisation?.id === view.organisationId ? 'applicant' : 'staff';
  // a correction is edited until its deadline; afterwards (or until the deadline is known) the editor is read-only
  const canCorrect = !!correction.data?.canResubmit && view.actions.includes('resubmitCorrection');
  const workspaceView = canCorrect
    ? view
    : { ...view, actions: view.actions.filter((a) => a !== 'resubmitCorrection') };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {/* the receipt of the submission made on this page, while that submission is the current state */}
      {receipt && view.state.code === 'submitted' && view.submissionCount === receipt.version && (
        <ReceiptCard receipt={receipt} />
      )}
      <CorrectionNotice applicationId={view.id} state={view.state.code} />
      <ApplicationWorkspace
        key={`${view.id}:${view.state.code}:${canCorrect}`}
        application={workspaceView}
        audience={audience}
        onSubmitted={setReceipt}
      />
    </Space>
  );
}
