import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useAuthoringCalls } from '../api/authoring.api';
import { AuthoringCallsTable } from '../components/authoring-calls-table';
import { CreateCallModal } from '../components/create-call-modal';
import { editorPath } from '../utils/authoring-links';

/** Programme officers: every call including drafts, and a new call (empty or copied). */
export function AuthoringCallsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const calls = useAuthoringCalls();
  const [isCreating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="create-call"
          >
            {t('catalogue.authoring.create.open')}
          </Button>
        }
      >
        {t('catalogue.authoring.list.pageTitle')}
      </PageTitle>
      <QueryErrorAlert error={calls.error} />
      <AuthoringCallsTable calls={calls.data ?? []} isLoading={calls.isPending} />
      <CreateCallModal
        open={isCreating}
        calls={calls.data ?? []}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void navigate(editorPath(id));
        }}
      />
    </>
  );
}
