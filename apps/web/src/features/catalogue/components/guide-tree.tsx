import { Tag, Tree, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuideNode } from '../api/catalogue-types';
import { directionPath } from '../utils/catalogue-links';

/** The guide's tree of categories and directions; each node links to its page with the resolved values. */
export function GuideTree({ callId, nodes }: { callId: string; nodes: GuideNode[] }) {
  const { t } = useTranslation();
  const toTree = (list: GuideNode[]): TreeDataNode[] =>
    list.map((node) => ({
      key: node.code,
      title: (
        <span>
          <Link to={directionPath(callId, node.code)}>{`${node.code} ${node.name}`}</Link>{' '}
          <Tag bordered={false}>{t(`catalogue.nodeKind.${node.kind}`)}</Tag>
          {node.fundingCapWan !== undefined && (
            <Tag bordered={false} color="blue">
              {t('catalogue.value.wan', { value: node.fundingCapWan })}
            </Tag>
          )}
        </span>
      ),
      children: toTree(node.children),
    }));
  if (nodes.length === 0) return <>{t('catalogue.value.notStated')}</>;
  return (
    <Tree defaultExpandAll selectable={false} showLine treeData={toTree(nodes)} data-testid="guide-tree" />
  );
}
