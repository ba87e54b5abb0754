/**
 * The synchronous checks notificationMessages.addAsync/replaceAsync/removeAsync make before calling
 * the host, as validateNotificationMessages.ts in outlook-web-16.01.debug.js makes them: key 1-32
 * characters; message 1-150; an icon (≤32) and a boolean `persistent` for informational messages;
 * insight messages with exactly one showTaskPane action (text ≤30, a commandId) and no `persistent`
 * (outside classic Windows); no icon/persistent/actions on other types. Violations throw Sys.* errors.
 */
import type { StoredNotification } from '../shared/mailMessage';
import { argumentError, argumentNullError, argumentOutOfRangeError, argumentTypeError } from './officeErrors';

export const NOTIFICATION_KEY_MAX = 32;
export const NOTIFICATION_MESSAGE_MAX = 150;
export const NOTIFICATION_ICON_MAX = 32;
export const NOTIFICATION_ACTION_TEXT_MAX = 30;

const TYPES = ['informationalMessage', 'progressIndicator', 'errorMessage', 'insightMessage'] as const;

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function requiredString(name: string, value: unknown): asserts value is string {
  if (isAbsent(value) || value === '') throw argumentNullError(name);
  if (typeof value !== 'string') throw argumentTypeError(name, typeof value, 'string');
}

export function notificationKeyValidate(key: unknown): string {
  requiredString('key', key);
  if (key.length > NOTIFICATION_KEY_MAX) throw argumentOutOfRangeError('key', key.length);
  return key;
}

function insightActions(actions: unknown): NonNullable<StoredNotification['actions']> {
  if (isAbsent(actions)) throw argumentNullError('actions');
  if (!Array.isArray(actions)) throw argumentError('actions');
  if (actions.length > 1) throw argumentError('actions', 'Only a single action is currently supported.');
  const action = actions[0] as Record<string, unknown> | undefined;
  if (!action) return [];
  if (isAbsent(action['actionType'])) throw argumentNullError('actionType');
  if (action['actionType'] !== 'showTaskPane') {
    throw argumentError(
      'actionType',
      'The value of the parameter \'actionType\' is invalid. The accepted value is "showTaskPane".',
    );
  }
  if (typeof action['commandId'] !== 'string' || action['commandId'] === '') {
    throw argumentError('commandId', "The value of the parameter 'commandId' is invalid.");
  }
  const text = action['actionText'];
  if (typeof text !== 'string' || text === '') throw argumentNullError('actionText');
  if (text.length > NOTIFICATION_ACTION_TEXT_MAX) throw argumentOutOfRangeError('actionText', text.length);
  return [
    {
      actionType: 'showTaskPane',
      actionText: text,
      commandId: action['commandId'],
      ...(action['contextData'] !== undefined ? { contextData: action['contextData'] } : {}),
    },
  ];
}

/** Checks a NotificationMessageDetails argument; returns it in the host's stored shape. */
export function notificationDetailsValidate(key: string, data: unknown): StoredNotification {
  if (typeof data !== 'object' || data === null) throw argumentNullError('type');
  const d = data as Record<string, unknown>;
  requiredString('type', d['type']);
  const type = d['type'];
  if (!(TYPES as readonly string[]).includes(type)) throw argumentError('type');
  let extra: Partial<StoredNotification> = {};
  if (type === 'informationalMessage' || type === 'insightMessage') {
    requiredString('icon', d['icon']);
    if (d['icon'].length > NOTIFICATION_ICON_MAX) throw argumentOutOfRangeError('icon', d['icon'].length);
    extra = { icon: d['icon'] };
  }
  if (type === 'informationalMessage') {
    if (isAbsent(d['persistent'])) throw argumentNullError('persistent');
    if (typeof d['persistent'] !== 'boolean')
      throw argumentTypeError('persistent', typeof d['persistent'], 'boolean');
    if (!isAbsent(d['actions'])) {
      throw argumentError('actions', "Actions can't be defined for this notification message type.");
    }
    extra = { ...extra, persistent: d['persistent'] };
  } else if (type === 'insightMessage') {
    if (!isAbsent(d['persistent'])) throw argumentError('persistent');
    extra = { ...extra, actions: insightActions(d['actions']) };
  } else {
    if (!isAbsent(d['icon'])) throw argumentError('icon');
    if (!isAbsent(d['persistent'])) throw argumentError('persistent');
    if (!isAbsent(d['actions'])) {
      throw argumentError('actions', "Actions can't be defined for this notification message type.");
    }
  }
  requiredString('message', d['message']);
  if (d['message'].length > NOTIFICATION_MESSAGE_MAX)
    throw argumentOutOfRangeError('message', d['message'].length);
  return { key, type: type as StoredNotification['type'], message: d['message'], ...extra };
}
