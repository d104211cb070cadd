import { Card, Col, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useVersions } from '../api/authoring.api';
import type { CallVersion, EditableNode } from '../api/authoring-types';
import { formatShanghai } from '../utils/shanghai-time';
import { CallStatusTag } from './call-status-tag';
import { VersionDiffTable } from './version-diff-table';

/** The versions of a call, newest first; the chosen one's changes against its predecessor, in words. */
export function VersionsTab({ callId, nodes }: { callId: string; nodes: EditableNode[] }) {
  const { t } = useTranslation();
  const versions = useVersions(callId);
  const [picked, setPicked] = useState<number | null>(null);
  const shown = picked ?? versions.data?.[0]?.version ?? null;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={8}>
        <QueryErrorAlert error={versions.error} />
        <Table<CallVersion>
          rowKey="version"
          size="small"
          loading={versions.isPending}
          dataSource={versions.data ?? []}
          pagination={false}
          data-testid="versions-list"
          rowClassName={(v) => (v.version === shown ? 'ant-table-row-selected' : '')}
          onRow={(v) => ({ onClick: () => setPicked(v.version), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('catalogue.authoring.list.version'),
              key: 'version',
              render: (_, v) => (
                <span data-testid={`version-${v.version}`}>
                  {t('catalogue.call.version', { version: v.version })} <CallStatusTag status={v.status} />
                </span>
              ),
            },
            {
              title: t('catalogue.authoring.versions.note'),
              key: 'note',
              render: (_, v) => (
                <>
                  <div>{formatShanghai(v.createdAt)}</div>
                  {v.note && <Typography.Text italic>{v.note}</Typography.Text>}
                </>
              ),
            },
          ]}
        />
      </Col>
      <Col xs={24} lg={16}>
        {shown !== null && (
          <Card size="small" title={t('catalogue.authoring.versions.diffTitle', { version: shown })}>
            <VersionDiffTable callId={callId} version={shown} nodes={nodes} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
