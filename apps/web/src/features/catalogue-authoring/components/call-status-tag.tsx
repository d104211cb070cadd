import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallStatus } from '../api/authoring-types';

const colours: Record<CallStatus, string> = { draft: 'default', published: 'green', withdrawn: 'red' };

export function CallStatusTag({ status, testId }: { status: CallStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={colours[status]} data-testid={testId}>
      {t(`catalogue.authoring.status.${status}`)}
    </Tag>
  );
}
