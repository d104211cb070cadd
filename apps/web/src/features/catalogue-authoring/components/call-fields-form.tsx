import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditableCall } from '../api/authoring-types';
import { callKinds } from '../utils/authoring-options';
import { applyCallFormChange, type CallFormValues, toCallFormValues } from '../utils/call-form-values';
import { fieldStatus, type PlacedIssue } from '../utils/content-issues';

interface CallFieldsFormProps {
  call: EditableCall;
  issues: PlacedIssue[];
  onChange: (update: (call: EditableCall) => EditableCall) => void;
}

const contactKeys = ['role', 'name', 'phone', 'email', 'address'] as const;

/** The call's own fields; dates are picked in Asia/Shanghai time and written as +08:00 instants. */
export function CallFieldsForm({ call, issues, onChange }: CallFieldsFormProps) {
  const { t } = useTranslation();
  const status = (...path: string[]) => fieldStatus(issues, null, path);
  const contactsIssue = status('contacts').help;
  const dateTime = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm', style: { width: '100%' } };
  return (
    <Form<CallFormValues>
      name="call-fields"
      layout="vertical"
      initialValues={toCallFormValues(call)}
      onValuesChange={(changed, all) => onChange((current) => applyCallFormChange(current, changed, all))}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="id" label={t('catalogue.authoring.create.id')} {...status('id')}>
            <Input disabled />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="year" label={t('catalogue.authoring.callField.year')} {...status('year')}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={t('catalogue.authoring.callField.kind')} {...status('kind')}>
            <Select options={callKinds.map((k) => ({ value: k, label: t(`catalogue.callKind.${k}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('catalogue.authoring.callField.title')} {...status('title')}>
        <Input />
      </Form.Item>
      <Form.Item name="titleEn" label={t('catalogue.authoring.callField.titleEn')} {...status('titleEn')}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="issuer" label={t('catalogue.authoring.callField.issuer')} {...status('issuer')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="programmeName"
            label={t('catalogue.authoring.create.programmeName')}
            {...status('programme')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="programmeAuthority" label={t('catalogue.authoring.create.authority')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="documentNumber"
            label={t('catalogue.authoring.callField.documentNumber')}
            {...status('documentNumber')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="issueDate"
            label={t('catalogue.authoring.callField.issueDate')}
            {...status('issueDate')}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="sourceDocument"
            label={t('catalogue.authoring.callField.sourceDocument')}
            {...status('sourceDocument')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="submissionStart"
            label={t('catalogue.authoring.form.submissionStart')}
            {...status('submissionWindow', 'start')}
          >
            <DatePicker {...dateTime} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="submissionEnd"
            label={t('catalogue.authoring.form.submissionEnd')}
            {...status('submissionWindow', 'end')}
          >
            <DatePicker {...dateTime} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="recommendationDeadline"
            label={t('catalogue.authoring.form.recommendationDeadline')}
            {...status('recommendationDeadline')}
          >
            <DatePicker {...dateTime} />
          </Form.Item>
        </Col>
      </Row>
      <Card size="small" title={t('catalogue.authoring.callField.contacts')}>
        {contactsIssue && <Typography.Paragraph type="danger">{contactsIssue}</Typography.Paragraph>}
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap style={{ marginBottom: 8 }}>
                  {contactKeys.map((key) => (
                    <Form.Item key={key} name={[field.name, key]} noStyle>
                      <Input
                        placeholder={t(`catalogue.contact.${key}`)}
                        style={{ width: key === 'address' ? 260 : 150 }}
                      />
                    </Form.Item>
                  ))}
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('catalogue.authoring.form.addContact')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
    </Form>
  );
}
