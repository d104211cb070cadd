import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface GuideTreeToolbarProps {
  hasSelection: boolean;
  onAddTop: () => void;
  onAddChild: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** Adds, moves and deletes guide nodes; renaming happens in the node's form. */
export function GuideTreeToolbar({
  hasSelection,
  onAddTop,
  onAddChild,
  onMove,
  onRemove,
}: GuideTreeToolbarProps) {
  const { t } = useTranslation();
  const disabled = !hasSelection;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Button size="small" icon={<PlusOutlined />} onClick={onAddTop} data-testid="tree-add-top">
        {t('catalogue.authoring.tree.addTop')}
      </Button>
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={onAddChild}
        disabled={disabled}
        data-testid="tree-add-child"
      >
        {t('catalogue.authoring.tree.addChild')}
      </Button>
      <Tooltip title={t('catalogue.authoring.tree.moveUp')}>
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          onClick={() => onMove(-1)}
          disabled={disabled}
          aria-label={t('catalogue.authoring.tree.moveUp')}
          data-testid="tree-move-up"
        />
      </Tooltip>
      <Tooltip title={t('catalogue.authoring.tree.moveDown')}>
        <Button
          size="small"
          icon={<ArrowDownOutlined />}
          onClick={() => onMove(1)}
          disabled={disabled}
          aria-label={t('catalogue.authoring.tree.moveDown')}
          data-testid="tree-move-down"
        />
      </Tooltip>
      <Popconfirm
        title={t('catalogue.authoring.tree.removeConfirm')}
        onConfirm={onRemove}
        disabled={disabled}
      >
        <Button size="small" danger icon={<DeleteOutlined />} disabled={disabled} data-testid="tree-remove">
          {t('catalogue.authoring.tree.remove')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
