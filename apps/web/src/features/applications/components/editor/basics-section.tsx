import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Basics } from '../../api/application-types';
import { numberOrUndefined, patchGroup, textOrUndefined } from '../../utils/content-updates';
import { DateField } from './date-field';
import { useEditor } from './editor-context';

/** Title, keywords, dates, technology readiness, the foreign side's reference and the carrier. */
export function BasicsSection() {
  const { t } = useTranslation();
  const { content, update } = useEditor();
  const basics = content.basics;
  const set = (patch: Partial<Basics>) => update((c) => patchGroup(c, 'basics', patch));
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('applications.basics.title')} htmlFor="basics-title" required>
        <Input
          id="basics-title"
          value={basics.title ?? ''}
          maxLength={200}
          onChange={(e) => set({ title: textOrUndefined(e.target.value) })}
        />
      </Form.Item>
      <Form.Item label={t('applications.basics.titleEn')} htmlFor="basics-titleEn">
        <Input
          id="basics-titleEn"
          value={basics.titleEn ?? ''}
          maxLength={300}
          onChange={(e) => set({ titleEn: textOrUndefined(e.target.value) })}
        />
      </Form.Item>
      <Form.Item label={t('applications.basics.keywords')} extra={t('applications.basics.keywordsHint')}>
        <Select
          mode="tags"
          id="basics-keywords"
          value={basics.keywords ?? []}
          maxCount={10}
          tokenSeparators={[',', '，', '、', ';', '；']}
          open={false}
          onChange={(keywords: string[]) =>
            set({ keywords: keywords.length ? keywords.map((k) => k.slice(0, 40)) : undefined })
          }
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('applications.basics.startDate')} htmlFor="basics-startDate" required>
            <DateField
              id="basics-startDate"
              value={basics.startDate}
              onChange={(startDate) => set({ startDate })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('applications.basics.endDate')} htmlFor="basics-endDate" required>
            <DateField id="basics-endDate" value={basics.endDate} onChange={(endDate) => set({ endDate })} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('applications.basics.trl')}
        htmlFor="basics-trl"
        extra={t('applications.basics.trlHint')}
      >
        <InputNumber
          id="basics-trl"
          min={1}
          max={9}
          precision={0}
          value={basics.trl ?? null}
          onChange={(trl) => set({ trl: numberOrUndefined(trl) })}
        />
      </Form.Item>
      <Form.Item
        label={t('applications.basics.foreignApplicationReference')}
        htmlFor="basics-foreignApplicationReference"
        extra={t('applications.basics.foreignReferenceHint')}
      >
        <Input
          id="basics-foreignApplicationReference"
          value={basics.foreignApplicationReference ?? ''}
          maxLength={200}
          onChange={(e) => set({ foreignApplicationReference: textOrUndefined(e.target.value) })}
        />
      </Form.Item>
      <Form.Item
        label={t('applications.basics.carrierName')}
        htmlFor="basics-carrierName"
        extra={t('applications.basics.carrierHint')}
      >
        <Input
          id="basics-carrierName"
          value={basics.carrierName ?? ''}
          maxLength={200}
          onChange={(e) => set({ carrierName: textOrUndefined(e.target.value) })}
        />
      </Form.Item>
    </Form>
  );
}
