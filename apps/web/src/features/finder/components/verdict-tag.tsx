import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../api/finder-types';

const colours: Record<Verdict, string> = { eligible: 'green', incomplete: 'gold', ineligible: 'red' };

/** 可申报 / 信息待补充 / 不符合条件. */
export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <Tag color={colours[verdict]} data-testid="finder-verdict" data-verdict={verdict}>
      {t(`finder.verdict.${verdict}`)}
    </Tag>
  );
}
