import { Card, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { useCall } from '../api/catalogue.api';
import { AttachmentsList } from '../components/attachments-list';
import { CallHeader } from '../components/call-header';
import { CallProcedure } from '../components/call-procedure';
import { FormsList } from '../components/forms-list';
import { GuideTree } from '../components/guide-tree';
import { InterpretationsTable } from '../components/interpretations-table';
import { PlainList } from '../components/plain-list';
import { QuotasTable } from '../components/quotas-table';
import { RequirementsTable } from '../components/requirements-table';
import { TrailLinks } from '../components/trail-links';
import { useLocalised } from '../hooks/use-localised';
import { useSourceDrawer } from '../hooks/use-source-drawer';

/** One call: its header, its guide tree (linking to directions), rules, quotas, forms and readings. */
export function CallPage() {
  const { t } = useTranslation();
  const localised = useLocalised();
  const { id = '' } = useParams();
  const query = useCall(id);
  const { show, drawer } = useSourceDrawer(query.data?.call.sourceDocument ?? null);
  if (query.isPending) return <PageSpinner />;
  if (!query.data) return <QueryErrorAlert error={query.error} />;
  const { call, summary } = query.data;
  const tabs = [
    {
      key: 'guide',
      label: t('catalogue.call.tabGuide'),
      children: <GuideTree callId={call.id} nodes={call.nodes} />,
    },
    {
      key: 'requirements',
      label: t('catalogue.call.tabRequirements'),
      children: (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <RequirementsTable requirements={call.requirements} onOpenSource={show} />
          <Card size="small" title={t('catalogue.direction.attachments')}>
            <AttachmentsList attachments={call.requiredAttachments} />
          </Card>
          {call.specialRules.length > 0 && (
            <Card size="small" title={t('catalogue.direction.specialRules')}>
              <PlainList items={call.specialRules.map((rule) => ({ key: rule, content: rule }))} />
            </Card>
          )}
        </Space>
      ),
    },
    {
      key: 'quotas',
      label: t('catalogue.call.tabQuotas'),
      children: <QuotasTable quotas={call.quotas} onOpenSource={show} />,
    },
    { key: 'forms', label: t('catalogue.call.tabForms'), children: <FormsList forms={call.forms} /> },
    {
      key: 'procedure',
      label: t('catalogue.call.tabProcedure'),
      children: (
        <CallProcedure
          processSteps={call.processSteps}
          contacts={call.contacts}
          supportChannels={call.supportChannels}
        />
      ),
    },
    {
      key: 'interpretations',
      label: t('catalogue.call.tabInterpretations', { n: call.interpretations.length }),
      children: <InterpretationsTable interpretations={call.interpretations} />,
    },
  ];
  return (
    <>
      <TrailLinks steps={[{ to: paths.calls, label: t('catalogue.nav.calls') }, { label: call.id }]} />
      <PageTitle>{localised(call.title, call.titleEn)}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <CallHeader call={call} summary={summary} onOpenSource={show} />
        <Card size="small">
          <Tabs items={tabs} />
        </Card>
      </Space>
      {drawer}
    </>
  );
}
