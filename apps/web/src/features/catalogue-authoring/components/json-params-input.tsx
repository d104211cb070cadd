import { Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface JsonParamsInputProps {
  value: Record<string, unknown>;
  onChange: (value: Record<string, unknown>) => void;
  /** the server's message for these params, shown under the editor */
  serverError?: string | undefined;
  testId?: string;
}

const pretty = (value: unknown) => JSON.stringify(value ?? {}, null, 2);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A requirement's params as JSON text: passed on whenever the text parses to an object, flagged when not. */
export function JsonParamsInput({ value, onChange, serverError, testId }: JsonParamsInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => pretty(value));
  const [syntaxError, setSyntaxError] = useState(false);
  const lastEmitted = useRef(value);
  useEffect(() => {
    if (value === lastEmitted.current) return;
    lastEmitted.current = value;
    setText(pretty(value));
    setSyntaxError(false);
  }, [value]);
  const change = (next: string) => {
    setText(next);
    try {
      const parsed: unknown = JSON.parse(next);
      if (!isObject(parsed)) throw new Error('not an object');
      setSyntaxError(false);
      lastEmitted.current = parsed;
      onChange(parsed);
    } catch {
      setSyntaxError(true);
    }
  };
  const error = syntaxError ? t('catalogue.authoring.requirements.invalidJson') : serverError;
  return (
    <>
      <Input.TextArea
        value={text}
        onChange={(e) => change(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 12 }}
        status={error ? 'error' : undefined}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        spellCheck={false}
        data-testid={testId}
      />
      {error && (
        <Typography.Text type="danger" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </Typography.Text>
      )}
    </>
  );
}
