import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { useCalls, useResolvedNode } from '../api/catalogue.api';
import { AttachmentsList } from '../components/attachments-list';
import { EffectiveValues } from '../components/effective-values';
import { PhaseTag } from '../components/phase-tag';
import { PlainList } from '../components/plain-list';
import { RequirementsTable } from '../components/requirements-table';
import { TrailLinks } from '../components/trail-links';
import { useLocalised } from '../hooks/use-localised';
import { useSourceDrawer } from '../hooks/use-source-drawer';
import { callPath, directionPath } from '../utils/catalogue-links';

/** One direction with every value that applies to it; a click on a value shows its clause in the source. */
export function DirectionPage() {
  const { t } = useTranslation();
  const localised = useLocalised();
  const { id = '', code = '' } = useParams();
  const resolved = useResolvedNode(id, code);
  const calls = useCalls();
  const call = calls.data?.items.find((c) => c.id === id);
  const { show, drawer } = useSourceDrawer(call?.sourceDocument ?? null);
  if (resolved.isPending) return <PageSpinner />;
  if (!resolved.data) return <QueryErrorAlert error={resolved.error} />;
  const r = resolved.data;
  const nodeNames = new Map([
    ...r.ancestors.map((a) => [a.code, a.name] as const),
    [r.node.code, r.node.name],
  ]);
  return (
    <>
      <TrailLinks
        steps={[
          { to: paths.calls, label: t('catalogue.nav.calls') },
          { to: callPath(id), label: call ? localised(call.title, call.titleEn) : id },
          ...r.ancestors.map((a) => ({ to: directionPath(id, a.code), label: `${a.code} ${a.name}` })),
          { label: r.node.code },
        ]}
      />
      <PageTitle extra={call && <PhaseTag phase={call.phase} />}>{`${r.node.code} ${r.node.name}`}</PageTitle>
      {r.node.nameEn && <Typography.Paragraph type="secondary">{r.node.nameEn}</Typography.Paragraph>}
      <Alert type="info" showIcon message={t('catalogue.direction.clickHint')} style={{ marginBottom: 16 }} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('catalogue.direction.values')} size="small">
          <EffectiveValues resolved={r} onOpenSource={show} />
        </Card>
        <Card title={t('catalogue.direction.requirements')} size="small">
          <RequirementsTable requirements={r.requirements} onOpenSource={show} nodeNames={nodeNames} />
        </Card>
        <Card title={t('catalogue.direction.attachments')} size="small">
          <AttachmentsList attachments={r.requiredAttachments} />
        </Card>
        {r.node.specialRules.length > 0 && (
          <Card title={t('catalogue.direction.specialRules')} size="small">
            <PlainList items={r.node.specialRules.map((rule) => ({ key: rule, content: rule }))} />
          </Card>
        )}
        {r.node.children.length > 0 && (
          <Card title={t('catalogue.direction.children')} size="small">
            <PlainList
              items={r.node.children.map((child) => ({
                key: child.code,
                content: <Link to={directionPath(id, child.code)}>{`${child.code} ${child.name}`}</Link>,
              }))}
            />
          </Card>
        )}
      </Space>
      {drawer}
    </>
  );
}
