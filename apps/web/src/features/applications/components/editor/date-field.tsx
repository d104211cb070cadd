import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DateFieldProps {
  id?: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
}

/** A calendar date stored as YYYY-MM-DD (no time, no zone), as the content schema wants it. */
export function DateField({ id, value, onChange, disabled }: DateFieldProps) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      format="YYYY-MM-DD"
      disabled={disabled}
      style={{ width: '100%' }}
      onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : undefined)}
    />
  );
}
