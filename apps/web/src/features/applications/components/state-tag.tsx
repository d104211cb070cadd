import { Tag } from 'antd';
import type { ApplicationState, ApplicationStateCode } from '../api/application-types';
import { useBilingual } from '../hooks/use-bilingual';

const colours: Record<ApplicationStateCode, string> = {
  draft: 'blue',
  submitted: 'gold',
  orgApproved: 'cyan',
  returned: 'orange',
  withdrawn: 'default',
  recommended: 'green',
  recommenderRejected: 'red',
  inFormalReview: 'purple',
  acceptedForExpertReview: 'green',
  returnedForCorrection: 'orange',
  rejected: 'red',
};

/** The state in the words of the person's side: applicants see "已提交，待单位审核", staff "待单位审核". */
export function StateTag({
  state,
  audience = 'applicant',
}: {
  state: ApplicationState;
  audience?: 'applicant' | 'staff';
}) {
  const pick = useBilingual();
  return (
    <Tag color={colours[state.code]} data-testid="application-state">
      {pick(state[audience])}
    </Tag>
  );
}
