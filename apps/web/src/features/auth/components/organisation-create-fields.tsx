import { Alert, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { organisationTypes } from '../../../shared/api/api-types';
import { emailRules, requiredRule } from '../../../shared/forms/form-rules';
import { useRegions } from '../api/regions.api';
import { RegionCascader, useRegionHint } from './region-cascader';

/** 18 characters from the GB 32100-2015 alphabet; the server checks the check character. */
const usccPattern = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const field = (name: string) => ['organisation', name];

/** Details of a new organisation: domestic ones give USCC and region, foreign ones their country. */
export function OrganisationCreateFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const type = Form.useWatch(field('type'), form);
  const regionCode = Form.useWatch(field('regionCode'), form);
  const { data: regions = [] } = useRegions();
  const regionHint = useRegionHint(regionCode);
  const isForeign = type === 'foreignOrganisation';
  const required = requiredRule(t);
  const regionRule = {
    validator: (_: unknown, code: string | undefined) =>
      !code || regions.find((r) => r.code === code)?.level !== 'province'
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.regionCity'))),
  };
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Alert type="info" showIcon message={t('signup.createHint')} style={{ marginBottom: 16 }} />
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={field('name')} label={t('signup.orgName')} rules={[required]}>
          <Input autoComplete="organization" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={field('type')}
          label={t('signup.orgType')}
          rules={[{ ...required, whitespace: false }]}
        >
          <Select
            data-testid="organisation-type"
            options={organisationTypes.map((value) => ({ value, label: t(`organisationType.${value}`) }))}
          />
        </Form.Item>
      </Col>
      {isForeign ? (
        <Col xs={24} md={12}>
          <Form.Item name={field('country')} label={t('signup.country')} rules={[required]}>
            <Input autoComplete="country-name" />
          </Form.Item>
        </Col>
      ) : (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              name={field('uscc')}
              label={t('signup.uscc')}
              normalize={(value: string) => value?.toUpperCase().replace(/\s/g, '')}
              rules={[required, { pattern: usccPattern, message: t('validation.usccFormat') }]}
            >
              <Input placeholder={t('signup.usccPlaceholder')} maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={field('regionCode')}
              label={t('signup.region')}
              rules={[{ required: true, message: t('validation.required') }, regionRule]}
              extra={
                regionHint && (
                  <Alert
                    type="info"
                    showIcon
                    message={regionHint}
                    style={{ marginTop: 8 }}
                    data-testid="region-hint"
                  />
                )
              }
            >
              <RegionCascader />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} md={12}>
        <Form.Item name={field('address')} label={t('signup.address')}>
          <Input autoComplete="street-address" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={field('website')} label={t('signup.website')}>
          <Input placeholder="https://" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={field('contactName')} label={t('signup.contactName')} rules={[required]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={field('contactPhone')} label={t('signup.contactPhone')} rules={[required]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={field('contactEmail')} label={t('signup.contactEmail')} rules={emailRules(t, false)}>
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
