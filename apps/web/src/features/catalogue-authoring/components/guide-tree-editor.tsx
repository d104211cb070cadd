import { WarningFilled } from '@ant-design/icons';
import { Card, Col, Empty, Row, Tree, type TreeDataNode } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableNode } from '../api/authoring-types';
import { issuesAt, nodeKeysWithIssues, type PlacedIssue } from '../utils/content-issues';
import {
  addChild,
  keyPath,
  moveNode,
  type NodePath,
  newNode,
  nextCode,
  nodeAt,
  pathKey,
  removeNode,
} from '../utils/guide-tree-edit';
import { GuideTreeToolbar } from './guide-tree-toolbar';
import { NodeForm } from './node-form';
import { RequirementsEditor } from './requirements-editor';

interface GuideTreeEditorProps {
  nodes: EditableNode[];
  issues: PlacedIssue[];
  /** grows when content is reloaded: forms start again from it */
  generation: number;
  selected: NodePath | null;
  onSelect: (path: NodePath | null) => void;
  setNodes: (nodes: EditableNode[]) => void;
  updateNode: (path: NodePath, update: (node: EditableNode) => EditableNode) => void;
}

/** The guide tree: select a node to edit it; add, move and delete nodes with the toolbar. */
export function GuideTreeEditor(props: GuideTreeEditorProps) {
  const { nodes, issues, generation, selected, onSelect: setSelected, setNodes, updateNode } = props;
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const node = selected ? nodeAt(nodes, selected) : undefined;
  const flagged = nodeKeysWithIssues(issues);
  const toTree = (list: EditableNode[], parent: NodePath): TreeDataNode[] =>
    list.map((n, i) => {
      const path = [...parent, i];
      const key = pathKey(path);
      return {
        key,
        title: (
          <span data-testid={`tree-node-${n.code}`}>
            {flagged.has(key) && <WarningFilled style={{ color: '#cf1322', marginRight: 4 }} />}
            {`${n.code} ${n.name}`}
          </span>
        ),
        children: toTree(n.children, path),
      };
    });
  const allKeys = (list: EditableNode[], parent: NodePath): string[] =>
    list.flatMap((n, i) => [pathKey([...parent, i]), ...allKeys(n.children, [...parent, i])]);
  const expandedKeys = expanded ?? allKeys(nodes, []);
  const add = (parentPath: NodePath) => {
    const code = nextCode(nodes, parentPath);
    const kind = parentPath.length === 0 ? 'category' : 'direction';
    const result = addChild(
      nodes,
      parentPath,
      newNode(code, t('catalogue.authoring.tree.newNodeName'), kind),
    );
    setNodes(result.nodes);
    setSelected(result.path);
    if (parentPath.length) setExpanded([...expandedKeys, pathKey(parentPath)]);
  };
  const move = (delta: -1 | 1) => {
    if (!selected) return;
    const result = moveNode(nodes, selected, delta);
    setNodes(result.nodes);
    setSelected(result.path);
  };
  const remove = () => {
    if (!selected) return;
    setNodes(removeNode(nodes, selected));
    setSelected(null);
  };
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card size="small" title={t('catalogue.authoring.tree.title')}>
          <GuideTreeToolbar
            hasSelection={!!node}
            onAddTop={() => add([])}
            onAddChild={() => selected && add(selected)}
            onMove={move}
            onRemove={remove}
          />
          <Tree
            blockNode
            showLine
            expandedKeys={expandedKeys}
            onExpand={(keys) => setExpanded(keys.map(String))}
            treeData={toTree(nodes, [])}
            selectedKeys={selected ? [pathKey(selected)] : []}
            onSelect={(keys) => setSelected(keys[0] === undefined ? null : keyPath(String(keys[0])))}
            data-testid="authoring-tree"
          />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {node && selected ? (
          <>
            <Card
              size="small"
              title={t('catalogue.authoring.tree.nodeTitle', { code: node.code })}
              style={{ marginBottom: 16 }}
            >
              <NodeForm
                key={`${generation}/${pathKey(selected)}`}
                node={node}
                path={selected}
                issues={issues}
                onChange={(update) => updateNode(selected, update)}
              />
            </Card>
            <Card size="small" title={t('catalogue.authoring.requirements.title')}>
              <RequirementsEditor
                requirements={node.requirements ?? []}
                issues={issuesAt(issues, selected, ['requirements'])}
                onChange={(requirements) => updateNode(selected, (n) => ({ ...n, requirements }))}
              />
            </Card>
          </>
        ) : (
          <Empty description={t('catalogue.authoring.tree.pickNode')} />
        )}
      </Col>
    </Row>
  );
}
