import { type Locale, renderNotification } from '@yanzhen/domain';
import { z } from 'zod';
import type { NotificationRow } from './notification.repository';
import { isNotificationKind } from './notification.service';

export const notificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  applicationId: z.string().nullable(),
  callId: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number(),
  unread: z.number(),
});

/** One inbox entry, written in the reader's language; the stored parameters themselves are not shown. */
export function presentNotification(
  row: NotificationRow,
  locale: Locale,
): z.infer<typeof notificationSchema> {
  const text = isNotificationKind(row.kind)
    ? renderNotification(row.kind, row.params, locale)
    : { subject: row.kind, body: '' };
  return {
    id: row.id,
    kind: row.kind,
    subject: text.subject,
    body: text.body,
    applicationId: row.applicationId,
    callId: row.callId,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
