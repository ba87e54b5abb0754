import {
  notificationAdd,
  notificationRemove,
  notificationReplace,
  notificationsKeptOnLeave,
} from '../../../../workbench/server/notificationList';
import type { StoredNotification } from '../../../../workbench/shared/mailMessage';

const info = (key: string, persistent = false): StoredNotification => ({
  key,
  type: 'informationalMessage',
  message: key,
  icon: 'i',
  persistent,
});
const insight = (key: string): StoredNotification => ({
  key,
  type: 'insightMessage',
  message: key,
  icon: 'i',
  actions: [],
});

function listOf(n: number): StoredNotification[] {
  return Array.from({ length: n }, (_, i) => info(`k${i}`));
}

describe('notification list (host side)', () => {
  it('takes five messages and refuses the sixth with 9025', () => {
    const five = notificationAdd(listOf(4), info('k4'), 'read');
    expect(five.ok && five.value).toHaveLength(5);
    expect(notificationAdd(listOf(5), info('k5'), 'read')).toEqual({ ok: false, reason: 9025 });
  });

  it('refuses a duplicate key with 9023 and removing a missing key with 9024', () => {
    expect(notificationAdd([info('a')], info('a'), 'read')).toEqual({ ok: false, reason: 9023 });
    expect(notificationRemove([info('a')], 'b')).toEqual({ ok: false, reason: 9024 });
    expect(notificationRemove([info('a')], 'a')).toEqual({ ok: true, value: [] });
  });

  it('replaces in place, or adds when the key is new (as documented)', () => {
    const replaced = notificationReplace([info('a'), info('b')], { ...info('a'), message: 'new' }, 'read');
    expect(replaced.ok && replaced.value.map((n) => n.message)).toEqual(['new', 'b']);
    expect(notificationReplace(listOf(5), info('z'), 'read')).toEqual({ ok: false, reason: 9025 });
  });

  it('allows insight messages only in compose, one per item', () => {
    expect(notificationAdd([], insight('i1'), 'read')).toEqual({ ok: false, reason: 9032 });
    expect(notificationAdd([insight('i1')], insight('i2'), 'compose')).toEqual({ ok: false, reason: 9025 });
    expect(notificationAdd([], insight('i1'), 'compose').ok).toBe(true);
  });

  it('keeps only persistent informational messages (and insights) when the user leaves the item', () => {
    const list = [
      info('gone'),
      info('stays', true),
      { key: 'e', type: 'errorMessage', message: 'x' } as StoredNotification,
    ];
    expect(notificationsKeptOnLeave(list).map((n) => n.key)).toEqual(['stays']);
  });
});
