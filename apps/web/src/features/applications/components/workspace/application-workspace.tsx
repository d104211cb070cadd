import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../../shared/ui/page-title';
import type { ApplicationView, Receipt } from '../../api/application-types';
import {
  applicationKeys,
  fetchApplication,
  useCallSummary,
  useDirectionNode,
  useEligibility,
  useLeadOrganisation,
} from '../../api/applications.api';
import { useAutosave } from '../../hooks/use-autosave';
import { useBilingual } from '../../hooks/use-bilingual';
import { removeAllLocalDrafts, removeLocalDraft } from '../../utils/local-draft-store';
import { findRestorableDraft } from '../../utils/restorable-draft';
import { ApplicationEditor } from '../editor/application-editor';
import { EligibilityPanel } from '../eligibility/eligibility-panel';
import { ApplicationHistory } from '../history/application-history';
import { LifecycleActions } from '../lifecycle-actions';
import { ConflictAlert } from './conflict-alert';
import { DocumentLinks } from './receipt-card';
import { RestoreDraftAlert } from './restore-draft-alert';
import { SaveStatusIndicator } from './save-status-indicator';
import { SubmitPanel } from './submit-panel';
import { WorkspaceHeader } from './workspace-header';

interface ApplicationWorkspaceProps {
  application: ApplicationView;
  audience: 'applicant' | 'staff';
  onSubmitted: (receipt: Receipt) => void;
}

/**
 * The editor page's working area for one state of an application: the form with autosave, the eligibility
 * check and submit beside it, the alerts that protect unsaved work, and the record below. Remounted (by key)
 * when the state changes, so that a submitted or reopened application starts from what the server holds.
 */
export function ApplicationWorkspace({ application, audience, onSubmitted }: ApplicationWorkspaceProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pick = useBilingual();
  const queryClient = useQueryClient();
  const id = application.id;
  // a correction returned by formal review is edited and resubmitted like a draft (the server fires the right one)
  const editable =
    application.actions.includes('submit') || application.actions.includes('resubmitCorrection');
  const autosave = useAutosave({
    applicationId: id,
    initial: {
      revision: application.revision,
      content: application.content,
      lastSavedAt: application.lastSavedAt,
    },
    editable,
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: applicationKeys.eligibility(id) });
      void queryClient.invalidateQueries({ queryKey: applicationKeys.list() });
    },
  });
  const [offer, setOffer] = useState(() =>
    editable
      ? findRestorableDraft(id, { revision: application.revision, content: application.content })
      : null,
  );
  const [reloading, setReloading] = useState(false);
  const eligibility = useEligibility(id);
  const direction = useDirectionNode(application.callId, application.directionCode);
  const call = useCallSummary(application.callId);
  const lead = useLeadOrganisation(application.organisationId);
  const title = autosave.content.basics.title || t('applications.workspace.untitled');

  const reapply = async () => {
    setReloading(true);
    try {
      const latest = await fetchApplication(id);
      autosave.rebase(latest, autosave.myEdits());
      queryClient.setQueryData(applicationKeys.one(id), latest);
      void message.success(t('applications.conflict.reapplied', { revision: latest.revision }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setReloading(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle
        extra={
          <Space wrap>
            {editable && (
              <SaveStatusIndicator
                status={autosave.status}
                lastSavedAt={autosave.lastSavedAt}
                revision={autosave.revision}
                localCopyFailed={autosave.localCopyFailed}
              />
            )}
            <LifecycleActions applicationId={id} title={title} actions={application.actions} />
            <DocumentLinks applicationId={id} submitted={application.submissionCount > 0} />
          </Space>
        }
      >
        {title}
      </PageTitle>
      <WorkspaceHeader
        application={application}
        call={call.data}
        direction={direction.data}
        revision={autosave.revision}
        lastSavedAt={autosave.lastSavedAt}
        audience={audience}
      />
      {offer && (
        <RestoreDraftAlert
          offer={offer}
          onRestore={() => {
            autosave.applyLocalCopy(offer.draft);
            setOffer(null);
            void message.success(t('applications.restore.restored'));
          }}
          onDiscard={() => {
            removeLocalDraft(offer.draft);
            setOffer(null);
          }}
        />
      )}
      {autosave.conflict && (
        <ConflictAlert
          conflict={autosave.conflict}
          myEdits={autosave.myEdits}
          reloading={reloading}
          onReapply={() => void reapply()}
        />
      )}
      {autosave.status === 'invalid' && (
        <Alert
          type="error"
          showIcon
          data-testid="save-invalid"
          message={t('applications.workspace.invalid')}
          description={autosave.issues.map((issue) => `${issue.path}: ${issue.message}`).join('；')}
        />
      )}
      {!editable && (
        <Alert
          type="info"
          showIcon
          data-testid="read-only-notice"
          message={t('applications.workspace.readOnly', { state: pick(application.state[audience]) })}
          description={
            application.actions.includes('withdraw') ? t('applications.workspace.withdrawHint') : undefined
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ApplicationEditor
            applicationId={id}
            content={autosave.content}
            update={autosave.update}
            readOnly={!editable}
            lead={lead.data}
            direction={direction.data}
            onBlur={autosave.saveNow}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" style={{ width: '100%', position: 'sticky', top: 16 }}>
            {editable && (
              <SubmitPanel
                applicationId={id}
                report={eligibility.data}
                saveStatus={autosave.status}
                flush={autosave.flush}
                onSubmitted={(receipt) => {
                  removeAllLocalDrafts(id);
                  onSubmitted(receipt);
                }}
              />
            )}
            <EligibilityPanel
              report={eligibility.data}
              isFetching={eligibility.isFetching}
              error={eligibility.error}
              onRefresh={() => void eligibility.refetch()}
            />
          </Space>
        </Col>
      </Row>
      <ApplicationHistory
        applicationId={id}
        content={autosave.content}
        revision={autosave.revision}
        audience={audience}
      />
    </Space>
  );
}
