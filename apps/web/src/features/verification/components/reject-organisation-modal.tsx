import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/api/api-types';
import { requiredRule } from '../../../shared/forms/form-rules';

interface RejectOrganisationModalProps {
  organisation: OrganisationView | null;
  isSaving: boolean;
  onCancel: () => void;
  onReject: (reason: string) => void;
}

/** A rejection needs a reason: the organisation sees it and can correct its details. */
export function RejectOrganisationModal({
  organisation,
  isSaving,
  onCancel,
  onReject,
}: RejectOrganisationModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={!!organisation}
      title={t('verification.rejectTitle', { name: organisation?.name ?? '' })}
      okText={t('verification.reject')}
      okButtonProps={{ danger: true, loading: isSaving }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="reject-organisation"
        onFinish={(v) => onReject(v.reason.trim())}
      >
        <Form.Item name="reason" label={t('verification.reason')} rules={[requiredRule(t)]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
