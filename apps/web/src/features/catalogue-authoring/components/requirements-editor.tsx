import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditableRequirement } from '../api/authoring-types';
import type { PlacedIssue } from '../utils/content-issues';
import { RequirementItem } from './requirement-item';

interface RequirementsEditorProps {
  requirements: EditableRequirement[];
  /** the server's issues whose `field` starts with "requirements" at this place (call or node) */
  issues: PlacedIssue[];
  onChange: (requirements: EditableRequirement[]) => void;
}

const blankRequirement = (): EditableRequirement => ({
  kind: 'manual',
  params: { text: '' },
  severity: 'manual',
  quote: '',
  location: '',
});

/** Requirements edited as a list; the server's validation messages appear on the requirement they concern. */
export function RequirementsEditor({ requirements, issues, onChange }: RequirementsEditorProps) {
  const { t } = useTranslation();
  const below = (index: number) =>
    issues
      .filter((i) => i.field[0] === 'requirements' && i.field[1] === String(index))
      .map((i) => ({ ...i, field: i.field.slice(2) }));
  const listIssues = issues.filter((i) => i.field[0] === 'requirements' && i.field.length === 1);
  return (
    <div data-testid="requirements-editor">
      {listIssues.map((i) => (
        <Alert key={i.message} type="error" showIcon message={i.message} style={{ marginBottom: 8 }} />
      ))}
      {requirements.map((requirement, index) => (
        <RequirementItem
          // Requirements have no stable identity of their own while edited; position is what the server reports.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          index={index}
          requirement={requirement}
          issues={below(index)}
          onChange={(next) => onChange(requirements.map((r, i) => (i === index ? next : r)))}
          onRemove={() => onChange(requirements.filter((_, i) => i !== index))}
        />
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...requirements, blankRequirement()])}>
        {t('catalogue.authoring.requirements.add')}
      </Button>
    </div>
  );
}
