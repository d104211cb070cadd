import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/api/api-types';

interface RejectMemberModalProps {
  member: Member | null;
  isSaving: boolean;
  onCancel: () => void;
  onReject: (reason: string) => void;
}

/** Asks for an optional reason before rejecting a request to join. */
export function RejectMemberModal({ member, isSaving, onCancel, onReject }: RejectMemberModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <Modal
      open={!!member}
      title={t('members.rejectTitle', { name: member?.name ?? '' })}
      okText={t('members.reject')}
      okButtonProps={{ danger: true, loading: isSaving }}
      onCancel={onCancel}
      onOk={() => onReject(form.getFieldValue('reason')?.trim() ?? '')}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="reject-member">
        <Form.Item name="reason" label={t('members.reason')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
