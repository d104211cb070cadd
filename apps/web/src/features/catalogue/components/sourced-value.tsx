import { FileSearchOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../api/catalogue-types';

interface SourcedValueProps {
  source: SourceRef | null | undefined;
  onOpen: (source: SourceRef) => void;
  testId?: string;
  children: ReactNode;
}

const clickable = {
  cursor: 'pointer',
  borderBottom: '1px dashed #1d4f91',
  display: 'inline-block',
  maxWidth: '100%',
};

/** A value that opens its clause in the source drawer when clicked (or by Enter); plain when it has no clause. */
export function SourcedValue({ source, onOpen, testId, children }: SourcedValueProps) {
  const { t } = useTranslation();
  if (!source) return <div data-testid={testId}>{children}</div>;
  const open = () => onOpen(source);
  return (
    <Tooltip title={t('catalogue.source.clickHint')} mouseEnterDelay={0.6}>
      {/* biome-ignore lint/a11y/useSemanticElements: a value can be a list or paragraphs, which a <button> may not hold */}
      <div
        role="button"
        tabIndex={0}
        style={clickable}
        data-testid={testId}
        onClick={open}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open();
          }
        }}
      >
        {children} <FileSearchOutlined style={{ color: '#1d4f91' }} />
      </div>
    </Tooltip>
  );
}
