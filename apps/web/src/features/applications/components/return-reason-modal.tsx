import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface ReturnReasonModalProps {
  open: boolean;
  title: string;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** The organisation admin returns an application to the applicant, always with a reason. */
export function ReturnReasonModal({ open, title, pending, onSubmit, onCancel }: ReturnReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('applications.actions.orgReturn')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="org-return" onFinish={(v) => onSubmit(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('applications.actions.returnReason')}
          rules={[{ required: true, whitespace: true, message: t('validation.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
