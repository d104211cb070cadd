import { App, Card, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { paths } from '../../../shared/routes/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { useCallContent, useSaveCall, useSetCallStatus } from '../api/authoring.api';
import { CallFieldsForm } from '../components/call-fields-form';
import { CallStatusTag } from '../components/call-status-tag';
import { EditorActions } from '../components/editor-actions';
import { GuideTreeEditor } from '../components/guide-tree-editor';
import { IssuesAlert } from '../components/issues-alert';
import { RequirementsEditor } from '../components/requirements-editor';
import { VersionsTab } from '../components/versions-tab';
import { useCallDraft } from '../hooks/use-call-draft';
import { issuesAt, type PlacedIssue, placeIssue } from '../utils/content-issues';
import type { NodePath } from '../utils/guide-tree-edit';

/** The catalogue editor for one call: its fields, guide tree and rules, saving, publishing and versions. */
export function CallEditorPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const content = useCallContent(id);
  const { draft, isDirty, generation, updateCall, setNodes, updateNode } = useCallDraft(content.data);
  const save = useSaveCall(id);
  const setStatus = useSetCallStatus(id);
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<PlacedIssue[]>([]);
  const [tab, setTab] = useState('basics');
  const [selected, setSelected] = useState<NodePath | null>(null);

  if (content.isPending) return <PageSpinner />;
  if (!content.data || !draft) return <QueryErrorAlert error={content.error} />;
  const status = content.data.status ?? 'draft';

  const onError = (error: Error) => {
    setIssues(isApiError(error) ? error.fieldIssues.map(placeIssue) : []);
    void message.error(error.message);
  };
  const saveDraft = () =>
    save.mutate(
      { content: draft, note: note.trim() || undefined },
      {
        onSuccess: (result) => {
          setIssues([]);
          setNote('');
          void message.success(t('catalogue.authoring.actions.saved', { version: result.version }));
        },
        onError,
      },
    );
  const changeStatus = (action: 'publish' | 'withdraw') =>
    setStatus.mutate(action, {
      onSuccess: (result) => {
        const done = action === 'publish' ? 'published' : 'withdrawn';
        void message.success(t(`catalogue.authoring.actions.${done}`, { version: result.version }));
      },
      onError,
    });
  const goTo = (issue: PlacedIssue) => {
    if (issue.nodePath) {
      setSelected(issue.nodePath);
      setTab('guide');
    } else setTab(issue.field[0] === 'requirements' ? 'requirements' : 'basics');
  };

  const tabs = [
    {
      key: 'basics',
      label: t('catalogue.authoring.tabs.basics'),
      children: <CallFieldsForm key={generation} call={draft} issues={issues} onChange={updateCall} />,
    },
    {
      key: 'guide',
      label: t('catalogue.authoring.tabs.guide'),
      children: (
        <GuideTreeEditor
          nodes={draft.nodes}
          issues={issues}
          generation={generation}
          selected={selected}
          onSelect={setSelected}
          setNodes={setNodes}
          updateNode={updateNode}
        />
      ),
    },
    {
      key: 'requirements',
      label: t('catalogue.authoring.tabs.requirements'),
      children: (
        <RequirementsEditor
          requirements={draft.requirements ?? []}
          issues={issuesAt(issues, null, ['requirements'])}
          onChange={(requirements) => updateCall((call) => ({ ...call, requirements }))}
        />
      ),
    },
    {
      key: 'versions',
      label: t('catalogue.authoring.tabs.versions'),
      children: <VersionsTab callId={id} nodes={draft.nodes} />,
    },
  ];
  return (
    <>
      <Link to={paths.authoringCalls} style={{ display: 'inline-block', marginBottom: 12 }}>
        ← {t('catalogue.authoring.list.pageTitle')}
      </Link>
      <PageTitle
        extra={
          <EditorActions
            status={status}
            isDirty={isDirty}
            isBusy={save.isPending || setStatus.isPending}
            note={note}
            onNote={setNote}
            onSave={saveDraft}
            onPublish={() => changeStatus('publish')}
            onWithdraw={() => changeStatus('withdraw')}
          />
        }
      >
        {draft.title}
      </PageTitle>
      <div style={{ marginBottom: 12 }}>
        <CallStatusTag status={status} testId="editor-call-status" />
        {isDirty && <Tag color="orange">{t('catalogue.authoring.actions.unsaved')}</Tag>}
      </div>
      <IssuesAlert issues={issues} nodes={draft.nodes} onGoTo={goTo} />
      <Card size="small">
        <Tabs activeKey={tab} onChange={setTab} items={tabs} />
      </Card>
    </>
  );
}
