import type { ReactNode } from 'react';

const listStyle = { margin: 0, paddingInlineStart: 20, lineHeight: 1.8 };

/**
 * A bulleted list of short texts. Plain markup on purpose: antd's List would be one more component shared
 * by several pages, which the build moves into the already large antd vendor chunk.
 */
export function PlainList({
  items,
  testId,
}: {
  items: { key: string; content: ReactNode }[];
  testId?: string;
}) {
  return (
    <ul style={listStyle} data-testid={testId}>
      {items.map((item) => (
        <li key={item.key}>{item.content}</li>
      ))}
    </ul>
  );
}
