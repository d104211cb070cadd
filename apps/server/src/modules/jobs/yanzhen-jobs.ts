import type { Deps } from '../../composition-root';
import type { JobDefinition } from './job-runner';

export const jobNames = { reminders: 'reminders-sweep', notificationMail: 'notification-mail' } as const;

/** Yanzhen's scheduled work: deadline reminders every five minutes, notification e-mails every minute. */
export function yanzhenJobs(deps: Deps): JobDefinition[] {
  return [
    { name: jobNames.reminders, cron: '*/5 * * * *', run: () => deps.services.reminders.sweep() },
    {
      name: jobNames.notificationMail,
      cron: '* * * * *',
      run: () => deps.services.notifications.deliverPendingMail(),
    },
  ];
}
