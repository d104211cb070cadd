import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** Common antd form rules, worded in the current language. */
export function requiredRule(t: TFunction): FormRule {
  return { required: true, whitespace: true, message: t('validation.required') };
}

export function emailRules(t: TFunction, isRequired = true): FormRule[] {
  const email: FormRule = { type: 'email', message: t('validation.email') };
  return isRequired ? [requiredRule(t), email] : [email];
}

export function newPasswordRules(t: TFunction): FormRule[] {
  return [requiredRule(t), { min: 10, message: t('validation.passwordMin') }];
}

/** The confirmation field must repeat the field named `other`. */
export function sameAsRule(t: TFunction, other: string | string[]): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value) =>
      !value || value === getFieldValue(other)
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.passwordMismatch'))),
  });
}
