import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditableNode } from '../api/authoring-types';
import { applicantTypes, deadlineStatuses, nodeKinds, organisationModes } from '../utils/authoring-options';
import { fieldStatus, type PlacedIssue } from '../utils/content-issues';
import type { NodePath } from '../utils/guide-tree-edit';
import { applyNodeFormChange, type NodeFormValues, toNodeFormValues } from '../utils/node-form-values';

interface NodeFormProps {
  node: EditableNode;
  path: NodePath;
  issues: PlacedIssue[];
  onChange: (update: (node: EditableNode) => EditableNode) => void;
}

const full = { width: '100%' };

/** The main fields of a guide node. Remount it (key) when another node is selected. */
export function NodeForm({ node, path, issues, onChange }: NodeFormProps) {
  const { t } = useTranslation();
  const status = (...field: string[]) => fieldStatus(issues, path, field);
  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<NodeFormValues>
      name="node"
      layout="vertical"
      size="small"
      initialValues={toNodeFormValues(node)}
      onValuesChange={(changed, all) => onChange((current) => applyNodeFormChange(current, changed, all))}
      data-testid="node-form"
    >
      <Row gutter={12}>
        <Col {...col}>
          <Form.Item name="code" label={t('catalogue.authoring.nodeField.code')} {...status('code')}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="kind" label={t('catalogue.authoring.nodeField.kind')} {...status('kind')}>
            <Select options={nodeKinds.map((k) => ({ value: k, label: t(`catalogue.nodeKind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="nameEn" label={t('catalogue.authoring.nodeField.nameEn')} {...status('nameEn')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="name" label={t('catalogue.authoring.nodeField.name')} {...status('name')}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col {...col}>
          <Form.Item
            name="countryName"
            label={t('catalogue.field.countryOrRegion')}
            {...status('countryOrRegion')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="countryCode" label={t('catalogue.authoring.form.countryCode')}>
            <Input maxLength={10} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="organisationMode"
            label={t('catalogue.field.organisationMode')}
            {...status('organisationMode')}
          >
            <Select
              allowClear
              options={organisationModes.map((m) => ({
                value: m,
                label: t(`catalogue.organisationMode.${m}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="priorityFields"
        label={t('catalogue.field.priorityFields')}
        {...status('priorityFields')}
      >
        <Select mode="tags" tokenSeparators={['、', ',', '，']} open={false} />
      </Form.Item>
      <Form.Item
        name="applicantTypes"
        label={t('catalogue.field.applicantTypes')}
        {...status('applicantTypes')}
      >
        <Select
          mode="multiple"
          options={applicantTypes.map((a) => ({ value: a, label: t(`organisationType.${a}`) }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col {...col}>
          <Form.Item
            name="fundingCapWan"
            label={t('catalogue.authoring.form.fundingCapWan')}
            {...status('fundingCapWan')}
          >
            <InputNumber min={0} style={full} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="durationMin"
            label={t('catalogue.authoring.form.durationMin')}
            {...status('durationYears')}
          >
            <InputNumber min={0} style={full} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="durationMax" label={t('catalogue.authoring.form.durationMax')}>
            <InputNumber min={0} style={full} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="bilateral" label={t('catalogue.field.bilateral')} {...status('bilateral')}>
            <Select
              allowClear
              options={[
                { value: 'yes', label: t('catalogue.value.bilateralYes') },
                { value: 'no', label: t('catalogue.value.bilateralNo') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="plannedProjects"
            label={t('catalogue.field.plannedProjects')}
            {...status('plannedProjects')}
          >
            <InputNumber min={0} precision={0} style={full} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="plannedBudgetWan"
            label={t('catalogue.authoring.form.plannedBudgetWan')}
            {...status('plannedBudgetWan')}
          >
            <InputNumber min={0} style={full} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="foreignAgency"
            label={t('catalogue.field.foreignAgency')}
            {...status('foreignAgency')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="foreignUrl" label={t('catalogue.field.foreignUrl')} {...status('foreignUrl')}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="foreignDeadlineStatus"
            label={t('catalogue.field.foreignDeadline')}
            {...status('foreignDeadline', 'status')}
          >
            <Select
              allowClear
              options={deadlineStatuses.map((s) => ({ value: s, label: t(`catalogue.deadlineStatus.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="foreignDeadlineDate"
            label={t('catalogue.authoring.form.foreignDeadlineDate')}
            {...status('foreignDeadline', 'date')}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={full} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="foreignDeadlineText"
            label={t('catalogue.authoring.form.foreignDeadlineText')}
            {...status('foreignDeadline', 'text')}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
