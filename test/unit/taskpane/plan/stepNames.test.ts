import { stepNames } from '../../../../src/taskpane/plan/stepNames';

describe('stepNames', () => {
  it('numbers the reminders and names the switch by its channel, keeping proper names capitalised', () => {
    expect(
      stepNames([
        { kind: 'reminder', channel: 'email' },
        { kind: 'reminder', channel: 'email' },
        { kind: 'switch', channel: 'phone' },
        { kind: 'switch', channel: 'linkedin' },
        { kind: 'reengage', channel: 'email' },
      ]),
    ).toEqual(['Reminder 1', 'Reminder 2', 'Switch to phone call', 'Switch to LinkedIn', 'Check back']);
  });
});
