import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countChineseCharacters } from '../../utils/character-count';

interface CountedTextAreaProps {
  id: string;
  value: string;
  limit: number;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

/** A text area with its 字数 counted as Chinese users count them, red once over the limit (never cut). */
export function CountedTextArea({ id, value, limit, onChange, onBlur }: CountedTextAreaProps) {
  const { t } = useTranslation();
  const count = countChineseCharacters(value);
  const over = count > limit;
  return (
    <div>
      <Input.TextArea
        id={id}
        value={value}
        status={over ? 'error' : undefined}
        autoSize={{ minRows: 4, maxRows: 16 }}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <Typography.Text
        type={over ? 'danger' : 'secondary'}
        data-testid={`${id}-count`}
        style={{ display: 'block', textAlign: 'right', fontSize: 12 }}
      >
        {over
          ? t('applications.sections.countOver', { count, limit, over: count - limit })
          : t('applications.sections.count', { count, limit })}
      </Typography.Text>
    </div>
  );
}
