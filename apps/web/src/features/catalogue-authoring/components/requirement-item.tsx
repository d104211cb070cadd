import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditableRequirement, Severity } from '../api/authoring-types';
import {
  paramsTemplates,
  type RequirementKind,
  requirementKinds,
  severities,
} from '../utils/authoring-options';
import type { PlacedIssue } from '../utils/content-issues';
import { JsonParamsInput } from './json-params-input';

interface RequirementItemProps {
  index: number;
  requirement: EditableRequirement;
  /** the server's issues for this requirement, with `field` starting below it (e.g. ["params", "maxWan"]) */
  issues: PlacedIssue[];
  onChange: (requirement: EditableRequirement) => void;
  onRemove: () => void;
}

const isKind = (kind: string): kind is RequirementKind =>
  (requirementKinds as readonly string[]).includes(kind);

/** One requirement: kind and severity, its message in both languages, its clause, and its params as JSON. */
export function RequirementItem({ index, requirement, issues, onChange, onRemove }: RequirementItemProps) {
  const { t } = useTranslation();
  const at = (field: string) => {
    const found = issues.filter((i) => i.field[0] === field);
    if (found.length === 0) return {};
    const help = found.map((i) => (i.field.length > 1 ? `${i.field.slice(1).join('.')}: ` : '') + i.message);
    return { validateStatus: 'error' as const, help: help.join('；') };
  };
  const set = (patch: Partial<EditableRequirement>) => onChange({ ...requirement, ...patch });
  const setMessage = (locale: 'zh-CN' | 'en-US', text: string) =>
    set({ message: { ...requirement.message, [locale]: text } });
  const changeKind = (kind: RequirementKind) => set({ kind, params: { ...(paramsTemplates[kind] ?? {}) } });
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`requirement-${index}`}
      title={`#${index + 1} ${isKind(requirement.kind) ? t(`catalogue.requirementKind.${requirement.kind}`) : requirement.kind}`}
      extra={
        <Button
          danger
          size="small"
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('catalogue.authoring.requirements.remove')}
        />
      }
    >
      <Form layout="vertical" component="div" size="small">
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={t('catalogue.requirement.kind')} {...at('kind')}>
              <Select<string>
                showSearch
                optionFilterProp="label"
                value={requirement.kind}
                onChange={(kind) => isKind(kind) && changeKind(kind)}
                options={requirementKinds.map((k) => ({
                  value: k,
                  label: `${t(`catalogue.requirementKind.${k}`)} (${k})`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('catalogue.requirement.severity')} {...at('severity')}>
              <Select<Severity>
                value={requirement.severity}
                onChange={(severity) => set({ severity })}
                options={severities.map((s) => ({ value: s, label: t(`catalogue.severity.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('catalogue.authoring.requirements.location')} {...at('location')}>
              <Input value={requirement.location} onChange={(e) => set({ location: e.target.value })} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('catalogue.authoring.requirements.messageZh')} {...at('message')}>
          <Input
            value={requirement.message?.['zh-CN'] ?? ''}
            onChange={(e) => setMessage('zh-CN', e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('catalogue.authoring.requirements.messageEn')}>
          <Input
            value={requirement.message?.['en-US'] ?? ''}
            onChange={(e) => setMessage('en-US', e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('catalogue.authoring.requirements.quote')} {...at('quote')}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={requirement.quote}
            onChange={(e) => set({ quote: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('catalogue.authoring.requirements.params')} required>
          <JsonParamsInput
            value={requirement.params}
            onChange={(params) => set({ params })}
            serverError={at('params').help}
            testId={`requirement-${index}-params`}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
