import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { emailRules, newPasswordRules, requiredRule, sameAsRule } from '../../../shared/forms/form-rules';

/** E-mail, password, name and phone of the person signing up. */
export function AccountFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="email" label={t('auth.email')} rules={emailRules(t)}>
          <Input autoComplete="email" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('signup.name')} rules={[requiredRule(t)]}>
          <Input autoComplete="name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="password" label={t('auth.password')} rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="confirmPassword"
          label={t('auth.confirmPassword')}
          dependencies={['password']}
          rules={[requiredRule(t), sameAsRule(t, 'password')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="phone" label={t('signup.phone')}>
          <Input autoComplete="tel" />
        </Form.Item>
      </Col>
    </Row>
  );
}
