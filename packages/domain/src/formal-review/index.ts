export * from './automatic-checks';
export * from './checklist-context';
export * from './formal-review-checklist';
