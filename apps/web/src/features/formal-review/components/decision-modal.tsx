import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DecisionAction } from '../api/formal-review-types';
import { isAhead, shanghaiDeadline } from '../utils/shanghai-time';

export interface DecisionValues {
  reason?: string;
  correctionDueAt?: string;
}

/**
 * Asks what a return or a rejection needs: the reason, and for a return the correction deadline (picked as Beijing
 * wall-clock time, required to lie ahead).
 */
export function DecisionModal({
  action,
  title,
  pending,
  onSubmit,
  onCancel,
}: {
  action: DecisionAction | null;
  title: string;
  pending: boolean;
  onSubmit: (values: DecisionValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string; deadline?: Dayjs }>();
  const needsDeadline = action === 'return';
  return (
    <Modal
      open={action === 'return' || action === 'reject'}
      title={title}
      okText={t('formalReview.decision.ok')}
      confirmLoading={pending}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() =>
        form.validateFields().then((v) =>
          onSubmit({
            reason: v.reason.trim(),
            correctionDueAt: needsDeadline
              ? (shanghaiDeadline(v.deadline?.format('YYYY-MM-DD HH:mm')) ?? undefined)
              : undefined,
          }),
        )
      }
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('formalReview.decision.reason')}
          rules={[{ required: true, whitespace: true, message: t('formalReview.decision.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="decision-reason" />
        </Form.Item>
        {needsDeadline && (
          <Form.Item
            name="deadline"
            label={t('formalReview.decision.deadline')}
            required
            rules={[
              {
                validator: (_, value?: Dayjs) =>
                  isAhead(shanghaiDeadline(value?.format('YYYY-MM-DD HH:mm')), Date.now())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('formalReview.decision.deadlineRequired'))),
              },
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              data-testid="decision-deadline"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
