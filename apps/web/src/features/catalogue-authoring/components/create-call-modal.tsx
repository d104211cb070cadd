import { useMutation } from '@tanstack/react-query';
import { Alert, type ButtonProps, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredRule } from '../../../shared/forms/form-rules';
import { useApiFormError } from '../../../shared/forms/use-api-form-error';
import { fetchCallContent, useCreateCall } from '../api/authoring.api';
import type { AuthoringCallSummary, EditableCall } from '../api/authoring-types';
import { copyOfCall, emptyCall, type NewCallValues } from '../utils/new-call';

interface CreateValues extends NewCallValues {
  mode: 'empty' | 'copy';
  sourceId?: string;
}

interface CreateCallModalProps {
  open: boolean;
  calls: AuthoringCallSummary[];
  onClose: () => void;
  onCreated: (id: string) => void;
}

const idPattern = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** A new draft: empty, or a copy of an existing call under a new id (its guide, rules and clauses come along). */
export function CreateCallModal({ open, calls, onClose, onCreated }: CreateCallModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const mode = Form.useWatch('mode', form) ?? 'copy';
  const { formError, showError, clearError } = useApiFormError(form);
  const createCall = useCreateCall();
  const build = useMutation({
    mutationFn: async (v: CreateValues): Promise<EditableCall> =>
      v.mode === 'copy' && v.sourceId
        ? copyOfCall(await fetchCallContent(v.sourceId), v.id, v.title)
        : emptyCall(v),
  });
  const submit = async (v: CreateValues) => {
    clearError();
    try {
      const content = await build.mutateAsync(v);
      const created = await createCall.mutateAsync(content);
      form.resetFields();
      onCreated(created.id);
    } catch (error) {
      showError(error);
    }
  };
  const pickSource = (id: string) => {
    const source = calls.find((c) => c.id === id);
    if (!source) return;
    form.setFieldsValue({
      id: `${source.id}-copy`,
      title: `${source.title}${t('catalogue.authoring.create.copySuffix')}`,
    });
  };
  const required = [requiredRule(t)];
  return (
    <Modal
      open={open}
      title={t('catalogue.authoring.create.title')}
      okText={t('catalogue.authoring.create.submit')}
      okButtonProps={{ 'data-testid': 'create-call-submit' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={build.isPending || createCall.isPending}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
      <Form<CreateValues>
        form={form}
        name="create-call"
        layout="vertical"
        initialValues={{ mode: 'copy', year: new Date().getFullYear() }}
        onFinish={submit}
      >
        <Form.Item name="mode" label={t('catalogue.authoring.create.mode')}>
          <Radio.Group
            options={[
              { value: 'copy', label: t('catalogue.authoring.create.modeCopy') },
              { value: 'empty', label: t('catalogue.authoring.create.modeEmpty') },
            ]}
          />
        </Form.Item>
        {mode === 'copy' && (
          <Form.Item name="sourceId" label={t('catalogue.authoring.create.source')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              onChange={pickSource}
              options={calls.map((c) => ({ value: c.id, label: `${c.year} · ${c.title}` }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="id"
          label={t('catalogue.authoring.create.id')}
          extra={t('catalogue.authoring.create.idHint')}
          rules={[...required, { pattern: idPattern, message: t('catalogue.authoring.create.idPattern') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('catalogue.authoring.callField.title')} rules={required}>
          <Input />
        </Form.Item>
        {mode === 'empty' && (
          <>
            <Form.Item
              name="year"
              label={t('catalogue.authoring.callField.year')}
              rules={[{ required: true }]}
            >
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="issuer" label={t('catalogue.authoring.callField.issuer')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item
              name="programmeId"
              label={t('catalogue.authoring.create.programmeId')}
              rules={required}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="programmeName"
              label={t('catalogue.authoring.create.programmeName')}
              rules={required}
            >
              <Input />
            </Form.Item>
            <Form.Item name="authority" label={t('catalogue.authoring.create.authority')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item
              name="sourceDocument"
              label={t('catalogue.authoring.callField.sourceDocument')}
              rules={required}
            >
              <Input />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
