import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallListEntry } from '../api/recommendation-types';

interface CallSelectorProps {
  calls: { callId: string; count: number }[];
  titles: ReadonlyMap<string, CallListEntry>;
  value: string | null;
  loading: boolean;
  onChange: (callId: string) => void;
}

/** The calls with applications in my jurisdiction, each with how many. */
export function CallSelector({ calls, titles, value, loading, onChange }: CallSelectorProps) {
  const { t, i18n } = useTranslation();
  const titleOf = (id: string) => {
    const call = titles.get(id);
    if (!call) return id;
    return i18n.language === 'en-US' && call.titleEn ? call.titleEn : call.title;
  };
  return (
    <Space wrap style={{ width: '100%' }}>
      <Typography.Text strong>{t('recommendations.call.label')}</Typography.Text>
      <Select
        data-testid="call-selector"
        style={{ minWidth: 360, maxWidth: '100%' }}
        loading={loading}
        value={value ?? undefined}
        placeholder={t('recommendations.call.placeholder')}
        onChange={onChange}
        options={calls.map((c) => ({
          value: c.callId,
          label: t('recommendations.call.option', { title: titleOf(c.callId), count: c.count }),
        }))}
      />
    </Space>
  );
}
