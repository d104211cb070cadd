import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditableNode } from '../api/authoring-types';
import type { PlacedIssue } from '../utils/content-issues';
import { type NodePath, nodeAt } from '../utils/guide-tree-edit';

interface IssuesAlertProps {
  issues: PlacedIssue[];
  nodes: EditableNode[];
  /** takes the officer to the place of an issue */
  onGoTo: (issue: PlacedIssue) => void;
}

/** The server's validation issues listed at the top; each leads to the field it concerns. */
export function IssuesAlert({ issues, nodes, onGoTo }: IssuesAlertProps) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const where = (path: NodePath | null) => {
    if (!path) return t('catalogue.authoring.issues.call');
    const node = nodeAt(nodes, path);
    return node ? t('catalogue.authoring.diff.node', { code: node.code, name: node.name }) : path.join('.');
  };
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={t('catalogue.authoring.issues.title', { n: issues.length })}
      data-testid="save-issues"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {issues.map((issue) => (
            <li key={`${issue.nodePath?.join('-') ?? 'call'}/${issue.field.join('.')}/${issue.message}`}>
              <Button type="link" size="small" onClick={() => onGoTo(issue)} style={{ padding: 0 }}>
                {where(issue.nodePath)} › {issue.field.join('.') || '—'}
              </Button>
              ：{issue.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
