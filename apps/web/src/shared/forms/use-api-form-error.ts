import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../api/api-error';

/** Error codes that belong to one field even though the server gives no `path` for them. */
export type CodeFieldMap = Record<string, string>;

export interface ApiFormError {
  /** Message for the top of the form, when the error belongs to no field on it. */
  formError: string | null;
  /** Puts each issue next to its field; returns nothing, the form shows it. */
  showError: (error: unknown) => void;
  clearError: () => void;
}

function fieldKey(name: (string | number)[] | string | number): string {
  return Array.isArray(name) ? name.join('.') : String(name);
}

/**
 * Maps an API error onto an antd form: `details[].path` (e.g. `organisation.uscc`) goes under that
 * field, codes listed in `codeFields` (e.g. invalid_uscc) under theirs, and anything else to the top.
 */
export function useApiFormError(form: FormInstance, codeFields: CodeFieldMap = {}): ApiFormError {
  const [formError, setFormError] = useState<string | null>(null);

  const showError = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        setFormError(error instanceof Error ? error.message : String(error));
        return;
      }
      const registered = new Map(form.getFieldsError().map((f) => [fieldKey(f.name), f.name]));
      const byField = new Map<string, string[]>();
      const unplaced: string[] = [];
      const place = (path: string, message: string) => {
        if (!registered.has(path)) return unplaced.push(message);
        byField.set(path, [...(byField.get(path) ?? []), message]);
      };
      for (const issue of error.fieldIssues) place(issue.path, issue.message);
      const codeField = codeFields[error.code];
      if (error.fieldIssues.length === 0 && codeField) place(codeField, error.message);
      form.setFields([...byField].map(([path, errors]) => ({ name: registered.get(path) ?? path, errors })));
      const placedAny = byField.size > 0;
      setFormError(placedAny && unplaced.length === 0 ? null : [error.message, ...unplaced].join(' '));
    },
    [form, codeFields],
  );

  const clearError = useCallback(() => setFormError(null), []);
  return { formError, showError, clearError };
}
