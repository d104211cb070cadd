import { Alert, Descriptions, Drawer, Typography } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { useSourceDocument } from '../api/catalogue.api';
import type { SourceRef } from '../api/catalogue-types';
import { findQuote } from '../utils/quote-match';

export interface OpenSource {
  /** what the clause is the source of, e.g. 最高补助 */
  label: string;
  source: SourceRef;
}

interface SourceDrawerProps {
  documentName: string | null;
  opened: OpenSource | null;
  onClose: () => void;
}

const textStyle = {
  whiteSpace: 'pre-wrap' as const,
  fontFamily: 'inherit',
  lineHeight: 1.9,
  background: '#fafafa',
  padding: 16,
  borderRadius: 4,
};

/** The source document beside the page, the quoted clause highlighted and scrolled into view. */
export function SourceDrawer({ documentName, opened, onClose }: SourceDrawerProps) {
  const { t } = useTranslation();
  const document = useSourceDocument(opened ? documentName : null);
  const markRef = useRef<HTMLElement>(null);
  const text = document.data?.text ?? '';
  const range = opened && text ? findQuote(text, opened.source.quote) : null;
  const scrollToMark = useCallback(() => markRef.current?.scrollIntoView({ block: 'center' }), []);
  const highlightAt = range?.start;
  useEffect(() => {
    if (highlightAt !== undefined) window.requestAnimationFrame(scrollToMark);
  }, [highlightAt, scrollToMark]);
  return (
    <Drawer
      open={!!opened}
      onClose={onClose}
      width={720}
      title={opened ? t('catalogue.source.title', { label: opened.label }) : ''}
      afterOpenChange={(isOpen) => isOpen && scrollToMark()}
      data-testid="source-drawer"
      destroyOnHidden
    >
      {opened && (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('catalogue.source.location')}>
              {opened.source.location}
            </Descriptions.Item>
            <Descriptions.Item label={t('catalogue.source.quote')}>{opened.source.quote}</Descriptions.Item>
            {opened.source.interpretation && (
              <Descriptions.Item label={t('catalogue.source.interpretationLabel')}>
                <span data-testid="source-interpretation">
                  {t('catalogue.source.interpretation', { text: opened.source.interpretation })}
                </span>
              </Descriptions.Item>
            )}
          </Descriptions>
          <QueryErrorAlert error={document.error} />
          {document.isPending && <PageSpinner />}
          {text && !range && (
            <Alert
              type="warning"
              showIcon
              message={t('catalogue.source.notFound')}
              style={{ marginBottom: 12 }}
            />
          )}
          {text && (
            <Typography.Paragraph style={textStyle} data-testid="source-text">
              {range ? text.slice(0, range.start) : text}
              {range && (
                <mark
                  ref={markRef}
                  data-testid="source-highlight"
                  style={{ background: '#ffe58f', padding: '2px 0' }}
                >
                  {text.slice(range.start, range.end)}
                </mark>
              )}
              {range && text.slice(range.end)}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Drawer>
  );
}
