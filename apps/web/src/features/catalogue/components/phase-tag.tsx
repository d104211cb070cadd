import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallPhase } from '../api/catalogue-types';

const colours: Record<CallPhase, string> = {
  upcoming: 'blue',
  open: 'green',
  closed: 'default',
  unscheduled: 'gold',
  withdrawn: 'red',
};

/** 即将开始 / 申报中 / 已截止 / 未定 / 已撤回, by the phase the server computed. */
export function PhaseTag({ phase }: { phase: CallPhase }) {
  const { t } = useTranslation();
  return (
    <Tag color={colours[phase]} data-testid="phase-tag">
      {t(`catalogue.phase.${phase}`)}
    </Tag>
  );
}
