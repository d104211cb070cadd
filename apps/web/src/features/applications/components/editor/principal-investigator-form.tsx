import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PrincipalInvestigator } from '../../api/application-types';
import { numberOrUndefined, patchGroup, textOrUndefined } from '../../utils/content-updates';
import { DateField } from './date-field';
import { useEditor } from './editor-context';

const tags = (values: string[]) =>
  values.length ? values.map((v) => v.slice(0, 100)).slice(0, 20) : undefined;

/** The principal investigator (项目负责人); the id "pi" is given on the first edit so that pledges can name them. */
export function PrincipalInvestigatorForm() {
  const { t } = useTranslation();
  const { content, update } = useEditor();
  const pi = content.principalInvestigator;
  const set = (patch: Partial<PrincipalInvestigator>) =>
    update((c) =>
      patchGroup(c, 'principalInvestigator', { id: c.principalInvestigator.id ?? 'pi', ...patch }),
    );
  const text = (key: 'name' | 'title' | 'email' | 'phone' | 'role', max: number) => (
    <Form.Item label={t(`applications.people.${key}`)} htmlFor={`pi-${key}`}>
      <Input
        id={`pi-${key}`}
        value={pi[key] ?? ''}
        maxLength={max}
        onChange={(e) => set({ [key]: textOrUndefined(e.target.value) })}
      />
    </Form.Item>
  );
  return (
    <Form layout="vertical" component="div">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          {text('name', 100)}
        </Col>
        <Col xs={24} md={8}>
          {text('title', 100)}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('applications.people.birthDate')} htmlFor="pi-birthDate">
            <DateField id="pi-birthDate" value={pi.birthDate} onChange={(birthDate) => set({ birthDate })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('applications.people.sex')}>
            <Select
              allowClear
              value={pi.sex}
              options={[
                { value: 'male', label: t('applications.people.male') },
                { value: 'female', label: t('applications.people.female') },
              ]}
              onChange={(sex) => set({ sex })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          {text('email', 200)}
        </Col>
        <Col xs={24} md={8}>
          {text('phone', 40)}
        </Col>
        <Col xs={24} md={16}>
          {text('role', 200)}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('applications.people.isAcademician')}>
            <Switch
              checked={pi.isAcademician ?? false}
              onChange={(isAcademician) => set({ isAcademician })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('applications.people.onSiteDaysPerYear')} htmlFor="pi-onSiteDaysPerYear">
            <InputNumber
              id="pi-onSiteDaysPerYear"
              min={0}
              max={366}
              precision={0}
              value={pi.onSiteDaysPerYear ?? null}
              onChange={(v) => set({ onSiteDaysPerYear: numberOrUndefined(v) })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            label={t('applications.people.ongoingLeadProgrammes')}
            extra={t('applications.people.programmesHint')}
          >
            <Select
              mode="tags"
              open={false}
              value={pi.ongoingLeadProgrammes ?? []}
              onChange={(v: string[]) => set({ ongoingLeadProgrammes: tags(v) })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={24}>
          <Form.Item
            label={t('applications.people.sameYearAwardProgrammes')}
            extra={t('applications.people.programmesHint')}
          >
            <Select
              mode="tags"
              open={false}
              value={pi.sameYearAwardProgrammes ?? []}
              onChange={(v: string[]) => set({ sameYearAwardProgrammes: tags(v) })}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
