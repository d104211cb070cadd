import { App, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationStatus, OrganisationView } from '../../../shared/api/api-types';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import {
  useDecideVerification,
  useOrganisationsToVerify,
  type VerificationDecision,
} from '../api/verification.api';
import { RejectOrganisationModal } from '../components/reject-organisation-modal';
import { VerificationTable } from '../components/verification-table';

type StatusFilter = OrganisationStatus | 'all';
const filters: StatusFilter[] = ['pending', 'verified', 'rejected', 'all'];

/** Recommenders (and sysAdmins) verify the organisations registered in their jurisdiction. */
export function VerificationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<StatusFilter>('pending');
  const organisations = useOrganisationsToVerify(status);
  const decide = useDecideVerification();
  const [rejecting, setRejecting] = useState<OrganisationView | null>(null);

  const run = (organisation: OrganisationView, decision: VerificationDecision) =>
    decide.mutate(decision, {
      onSuccess: () => {
        setRejecting(null);
        const key = decision.decision === 'verified' ? 'verification.verified' : 'verification.rejected';
        void message.success(t(key, { name: organisation.name }));
      },
      onError: (error) => message.error(error.message),
    });

  const filter = (
    <Segmented<StatusFilter>
      data-testid="verification-filter"
      value={status}
      onChange={setStatus}
      options={filters.map((value) => ({
        value,
        label: value === 'all' ? t('verification.all') : t(`organisationStatus.${value}`),
      }))}
    />
  );
  return (
    <>
      <PageTitle extra={filter}>{t('verification.title')}</PageTitle>
      <QueryErrorAlert error={organisations.error} />
      <VerificationTable
        organisations={organisations.data ?? []}
        isLoading={organisations.isPending}
        onVerify={(o) => run(o, { organisationId: o.id, decision: 'verified' })}
        onReject={setRejecting}
      />
      <RejectOrganisationModal
        organisation={rejecting}
        isSaving={decide.isPending}
        onCancel={() => setRejecting(null)}
        onReject={(reason) =>
          rejecting && run(rejecting, { organisationId: rejecting.id, decision: 'rejected', reason })
        }
      />
    </>
  );
}
