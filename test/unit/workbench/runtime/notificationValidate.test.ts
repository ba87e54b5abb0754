import {
  notificationDetailsValidate,
  notificationKeyValidate,
} from '../../../../workbench/runtime/notificationValidate';
import { thrownLike } from './thrownLike';

const info = {
  type: 'informationalMessage',
  message: 'Reminder planned for Tue 09:00',
  icon: 'Icon.16',
  persistent: true,
};

describe('notification argument checks (as office.js makes them)', () => {
  it('accepts a key of 32 characters and refuses 33', () => {
    expect(notificationKeyValidate('k'.repeat(32))).toHaveLength(32);
    expect(() => notificationKeyValidate('k'.repeat(33))).toThrow(
      thrownLike({ name: 'Sys.ArgumentOutOfRangeException', paramName: 'key' }),
    );
    expect(() => notificationKeyValidate('')).toThrow(thrownLike({ name: 'Sys.ArgumentNullException' }));
  });

  it('accepts a message of 150 characters and refuses 151', () => {
    expect(notificationDetailsValidate('k', { ...info, message: 'm'.repeat(150) }).message).toHaveLength(150);
    expect(() => notificationDetailsValidate('k', { ...info, message: 'm'.repeat(151) })).toThrow(
      thrownLike({ name: 'Sys.ArgumentOutOfRangeException', paramName: 'message' }),
    );
  });

  it('requires icon and a boolean persistent on informational messages, and refuses actions there', () => {
    expect(() => notificationDetailsValidate('k', { ...info, icon: undefined })).toThrow(
      thrownLike({ paramName: 'icon' }),
    );
    expect(() => notificationDetailsValidate('k', { ...info, persistent: 'yes' })).toThrow(
      thrownLike({ name: 'Sys.ArgumentTypeException', paramName: 'persistent' }),
    );
    expect(() => notificationDetailsValidate('k', { ...info, actions: [] })).toThrow(
      thrownLike({ paramName: 'actions' }),
    );
  });

  it('refuses icon or persistent on progress and error messages', () => {
    expect(() => notificationDetailsValidate('k', { type: 'errorMessage', message: 'x', icon: 'i' })).toThrow(
      thrownLike({ paramName: 'icon' }),
    );
    expect(() =>
      notificationDetailsValidate('k', { type: 'progressIndicator', message: 'x', persistent: false }),
    ).toThrow(thrownLike({ paramName: 'persistent' }));
    expect(notificationDetailsValidate('k', { type: 'errorMessage', message: 'x' })).toEqual({
      key: 'k',
      type: 'errorMessage',
      message: 'x',
    });
  });

  it('wants exactly one showTaskPane action on an insight message', () => {
    const action = {
      actionType: 'showTaskPane',
      actionText: 'Open the plan',
      commandId: 'ComposeTaskpaneButton',
    };
    const insight = { type: 'insightMessage', message: 'Track this?', icon: 'Icon.16', actions: [action] };
    expect(notificationDetailsValidate('k', insight).actions).toEqual([action]);
    expect(() => notificationDetailsValidate('k', { ...insight, actions: [action, action] })).toThrow(
      thrownLike({ message: expect.stringContaining('Only a single action') as unknown }),
    );
    expect(() =>
      notificationDetailsValidate('k', { ...insight, actions: [{ ...action, actionType: 'x' }] }),
    ).toThrow(thrownLike({ paramName: 'actionType' }));
    expect(() =>
      notificationDetailsValidate('k', { ...insight, actions: [{ ...action, actionText: 'a'.repeat(31) }] }),
    ).toThrow(thrownLike({ paramName: 'actionText' }));
    expect(() => notificationDetailsValidate('k', { ...insight, persistent: true })).toThrow(
      thrownLike({ paramName: 'persistent' }),
    );
  });

  it('refuses an unknown type', () => {
    expect(() => notificationDetailsValidate('k', { type: 'banner', message: 'x' })).toThrow(
      thrownLike({ paramName: 'type' }),
    );
  });
});
