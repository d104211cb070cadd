import { CalendarOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSummary, DirectionFacets } from '../api/catalogue-types';
import { useLocalised } from '../hooks/use-localised';
import { buildCalendarUrl, type CalendarFilters, toWebcal } from '../utils/calendar-url';
import { countryOptions } from '../utils/country-options';

interface CalendarPanelProps {
  calls: CallSummary[];
  facets: DirectionFacets | undefined;
}

/** Builds the deadline feed's address from filters, to copy into a calendar application or download. */
export function CalendarPanel({ calls, facets }: CalendarPanelProps) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const [filters, setFilters] = useState<CalendarFilters>({ include: 'all' });
  const url = buildCalendarUrl(window.location.origin, filters);
  const callOptions = calls
    .filter((c) => c.status === 'published')
    .map((c) => ({ value: c.id, label: `${c.year} · ${localised(c.title, c.titleEn)}` }));
  return (
    <Card title={t('catalogue.calendar.title')} data-testid="calendar-panel" size="small">
      <Typography.Paragraph type="secondary">{t('catalogue.calendar.hint')}</Typography.Paragraph>
      <Form layout="vertical" size="small">
        <Form.Item label={t('catalogue.calendar.country')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('catalogue.calendar.anyCountry')}
            options={countryOptions(facets)}
            value={filters.country}
            onChange={(country?: string) => setFilters((f) => ({ ...f, country }))}
            data-testid="calendar-country"
          />
        </Form.Item>
        <Form.Item label={t('catalogue.calendar.call')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('catalogue.calendar.anyCall')}
            options={callOptions}
            value={filters.callId}
            onChange={(callId?: string) => setFilters((f) => ({ ...f, callId }))}
          />
        </Form.Item>
        <Form.Item label={t('catalogue.calendar.include')}>
          <Radio.Group
            value={filters.include}
            onChange={(e) => setFilters((f) => ({ ...f, include: e.target.value }))}
            options={[
              { value: 'all', label: t('catalogue.calendar.includeAll') },
              { value: 'domestic', label: t('catalogue.calendar.includeDomestic') },
              { value: 'foreign', label: t('catalogue.calendar.includeForeign') },
            ]}
          />
        </Form.Item>
      </Form>
      <Typography.Text strong>{t('catalogue.calendar.url')}</Typography.Text>
      <Typography.Paragraph
        copyable={{ text: url, tooltips: [t('catalogue.calendar.copy'), t('catalogue.calendar.copied')] }}
        code
        data-testid="calendar-url"
        style={{ wordBreak: 'break-all' }}
      >
        {url}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          href={url}
          download="yanzhen-deadlines.ics"
          data-testid="calendar-download"
        >
          {t('catalogue.calendar.download')}
        </Button>
        <Button icon={<CalendarOutlined />} href={toWebcal(url)} type="link">
          {t('catalogue.calendar.subscribe')}
        </Button>
      </Space>
    </Card>
  );
}
