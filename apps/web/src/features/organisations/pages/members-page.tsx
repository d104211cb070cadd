import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/api/api-types';
import { useCurrentUser } from '../../../shared/session/use-session';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { type MemberDecision, useDecideMember, useMembers } from '../api/members.api';
import { MembersTable } from '../components/members-table';
import { RejectMemberModal } from '../components/reject-member-modal';

/** The organisation admin's list of members and requests to join. */
export function MembersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const organisation = useCurrentUser().organisation;
  const organisationId = organisation?.id ?? '';
  const members = useMembers(organisationId);
  const decide = useDecideMember(organisationId);
  const [rejecting, setRejecting] = useState<Member | null>(null);

  const run = (member: Member, decision: MemberDecision) =>
    decide.mutate(decision, {
      onSuccess: () => {
        setRejecting(null);
        const key = decision.decision === 'approve' ? 'members.approved' : 'members.rejected';
        void message.success(t(key, { name: member.name }));
      },
      onError: (error) => message.error(error.message),
    });

  return (
    <>
      <PageTitle>
        {organisation ? `${t('members.title')} · ${organisation.name}` : t('members.title')}
      </PageTitle>
      <QueryErrorAlert error={members.error} />
      <MembersTable
        members={members.data ?? []}
        isLoading={members.isPending}
        onApprove={(member) => run(member, { userId: member.userId, decision: 'approve' })}
        onReject={setRejecting}
      />
      <RejectMemberModal
        member={rejecting}
        isSaving={decide.isPending}
        onCancel={() => setRejecting(null)}
        onReject={(reason) =>
          rejecting && run(rejecting, { userId: rejecting.userId, decision: 'reject', reason })
        }
      />
    </>
  );
}
