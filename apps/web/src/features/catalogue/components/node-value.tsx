import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CountryOrRegion, ForeignDeadline, Kpi } from '../api/catalogue-types';
import { formatShanghai } from '../utils/shanghai-time';
import { kpiText, valueText } from '../utils/value-text';

const deadlineColours: Record<ForeignDeadline['status'], string> = {
  date: 'blue',
  toBeDecided: 'gold',
  toBeAgreed: 'gold',
  notApplicable: 'default',
};

function ForeignDeadlineValue({ deadline }: { deadline: ForeignDeadline }) {
  const { t } = useTranslation();
  const hasPassed = deadline.date ? Date.parse(deadline.date) < Date.now() : null;
  return (
    <Space wrap>
      <Tag color={deadlineColours[deadline.status]}>{t(`catalogue.deadlineStatus.${deadline.status}`)}</Tag>
      {deadline.date && <Typography.Text strong>{formatShanghai(deadline.date)}</Typography.Text>}
      {hasPassed !== null && (
        <Tag color={hasPassed ? 'default' : 'green'}>
          {hasPassed ? t('catalogue.value.deadlinePassed') : t('catalogue.value.deadlineAhead')}
        </Tag>
      )}
      <Typography.Text type="secondary">{deadline.text}</Typography.Text>
    </Space>
  );
}

/** One value of a guide node, shown in the way its field reads best (tags, links, lists, amounts). */
export function NodeValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    return <Typography.Text type="secondary">{t('catalogue.value.notStated')}</Typography.Text>;
  }
  switch (field) {
    case 'countryOrRegion': {
      const c = value as CountryOrRegion;
      return (
        <span>
          {c.name}
          {c.nameEn && <Typography.Text type="secondary"> {c.nameEn}</Typography.Text>}
          {c.subRegions.length > 0 && <div>{c.subRegions.join('、')}</div>}
        </span>
      );
    }
    case 'priorityFields':
      return (
        <Space size={[4, 4]} wrap>
          {(value as string[]).map((f) => (
            <Tag key={f} color="geekblue">
              {f}
            </Tag>
          ))}
        </Space>
      );
    case 'kpis':
      return (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {(value as Kpi[]).map((k) => (
            <li key={`${k.level1 ?? ''}${k.text}`}>{kpiText(t, k)}</li>
          ))}
        </ul>
      );
    case 'foreignUrl':
      return (
        <a href={String(value)} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
          {String(value)}
        </a>
      );
    case 'foreignDeadline':
      return <ForeignDeadlineValue deadline={value as ForeignDeadline} />;
    case 'researchContent':
    case 'performanceGoal':
    case 'leadRequirement':
      return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
  }
  return <span>{valueText(t, field, value)}</span>;
}
