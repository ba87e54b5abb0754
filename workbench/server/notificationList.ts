/**
 * The host side of notificationMessages: what Outlook checks against the item's current messages once
 * the call's arguments are valid (the runtime validates those synchronously, as office.js does).
 * Failures carry Office's error codes: 9023 DuplicateNotificationKey, 9024 NotificationKeyNotFound,
 * 9025 NumberOfNotificationsExceeded (L outlook/notifications: at most 5 per message).
 */
import { fail, ok, type Result } from '../../src/shared/result';
import type { StoredNotification } from '../shared/mailMessage';

export const NOTIFICATIONS_PER_ITEM = 5;

/** Office error codes used here. */
export const NOTIFICATION_ERRORS = {
  duplicateKey: 9023,
  keyNotFound: 9024,
  limitReached: 9025,
  notSupported: 9032,
} as const;

function insightCheck(
  list: readonly StoredNotification[],
  added: StoredNotification,
  mode: 'read' | 'compose',
): Result<void, number> {
  if (added.type !== 'insightMessage') return ok(undefined);
  // Outlook on the web: InsightMessage only in compose, one per add-in per item. The error codes for
  // these two refusals are not documented; the workbench uses 9032 and 9025.
  if (mode === 'read') return fail(NOTIFICATION_ERRORS.notSupported);
  if (list.some((n) => n.type === 'insightMessage' && n.key !== added.key)) {
    return fail(NOTIFICATION_ERRORS.limitReached);
  }
  return ok(undefined);
}

export function notificationAdd(
  list: readonly StoredNotification[],
  added: StoredNotification,
  mode: 'read' | 'compose',
): Result<StoredNotification[], number> {
  if (list.some((n) => n.key === added.key)) return fail(NOTIFICATION_ERRORS.duplicateKey);
  if (list.length >= NOTIFICATIONS_PER_ITEM) return fail(NOTIFICATION_ERRORS.limitReached);
  const insight = insightCheck(list, added, mode);
  if (!insight.ok) return insight;
  return ok([...list, added]);
}

/** replaceAsync: replaces the message with this key, or adds it when there is none (as documented). */
export function notificationReplace(
  list: readonly StoredNotification[],
  replacement: StoredNotification,
  mode: 'read' | 'compose',
): Result<StoredNotification[], number> {
  const index = list.findIndex((n) => n.key === replacement.key);
  if (index < 0) return notificationAdd(list, replacement, mode);
  const insight = insightCheck(list, replacement, mode);
  if (!insight.ok) return insight;
  return ok(list.map((n, i) => (i === index ? replacement : n)));
}

export function notificationRemove(
  list: readonly StoredNotification[],
  key: string,
): Result<StoredNotification[], number> {
  if (!list.some((n) => n.key === key)) return fail(NOTIFICATION_ERRORS.keyNotFound);
  return ok(list.filter((n) => n.key !== key));
}

/** What stays when the user leaves the item: persistent informational messages (and insights). */
export function notificationsKeptOnLeave(list: readonly StoredNotification[]): StoredNotification[] {
  return list.filter(
    (n) => (n.type === 'informationalMessage' && n.persistent === true) || n.type === 'insightMessage',
  );
}
