/**
 * The send path's edge cases: a flagged message nobody can be waited for, clients without Smart
 * Alerts buttons, a reminder sent as a new message (subject continues the thread), the record over the
 * custom-properties budget, and the flag's message for recipients without an address.
 */
import { COMPOSE_PROPERTY, composeStateDecode } from '../../../../src/shared/app/composeState';
import { flagToggle } from '../../../../src/shared/app/flagToggle';
import { itemRecordWrite } from '../../../../src/shared/app/itemRecordWrite';
import { sendCommit } from '../../../../src/shared/app/sendCommit';
import { subjectContinues } from '../../../../src/shared/app/subjectContinues';
import {
  ItemPropertiesFullError,
  type ItemPropertiesPort,
  type Recipient,
} from '../../../../src/shared/ports';
import { ITEM_PROPERTY } from '../../../../src/shared/storage/itemRecord';
import { Mailbox, openDevice } from '../../../fixtures/storeHarness';
import { SAMPLE_NOW } from '../../../fixtures/storageSamples';
import { fakeCompose, fakeNotifier, fakeProps, seededRandom, USER } from './appFakes';

const HOUR = 3_600_000;
const NO_ADDRESS: Recipient = { displayName: 'Priya Raman', emailAddress: '' };

function setup(options: Parameters<typeof fakeCompose>[0] = {}) {
  const device = openDevice(new Mailbox());
  const props = fakeProps();
  const compose = fakeCompose(options);
  const notifier = fakeNotifier();
  const flagDeps = {
    props: props.port,
    compose: compose.port,
    store: device.store,
    notifier: notifier.port,
    random: seededRandom(),
    userEmail: USER,
  };
  const sendDeps = { props: props.port, compose: compose.port, store: device.store, userEmail: USER };
  return { device, props, compose, notifier, flagDeps, sendDeps };
}

describe('a flagged message nobody can be waited for', () => {
  it('says so when flagged, alerts once at send, then sends untracked', async () => {
    const s = setup({ to: [NO_ADDRESS] });
    await flagToggle(s.flagDeps, SAMPLE_NOW);
    expect(s.notifier.shown[0]?.notice.message).toBe(
      "ReachPlan: tracking this message, but nobody to wait for (no recipient has an email address). Add the contact's address before you send.",
    );
    const first = await sendCommit(s.sendDeps, SAMPLE_NOW + HOUR);
    expect(first).toMatchObject({ allow: false, reason: 'untrackable' });
    if (!first.allow) {
      expect(first.alert.errorMessage).toMatch(/^ReachPlan can't track this message: nobody to wait for/);
      expect(first.alert.errorMessage.length).toBeLessThanOrEqual(500);
      expect(first.alert.commandId).toBeUndefined();
    }
    expect(composeStateDecode(s.props.values.get(COMPOSE_PROPERTY)).untrackableShown).toBe(true);
    const second = await sendCommit(s.sendDeps, SAMPLE_NOW + HOUR);
    expect(second.allow).toBe(true);
    if (second.allow) expect(second.notes.join(' ')).toMatch(/not tracked/);
    expect(s.device.store.followUps()).toEqual([]);
  });
});

describe('Smart Alerts buttons by client', () => {
  const asks = 'Could you send me the signed order form by Thursday?';

  it('without function-command buttons (before Mailbox 1.15) the offer says which button to press', async () => {
    const s = setup({ body: asks });
    s.device.store.updateSettings({ ...s.device.store.settings(), offerTracking: true });
    const decision = await sendCommit(
      { ...s.sendDeps, alertButtons: { pane: true, command: false } },
      SAMPLE_NOW,
    );
    expect(decision).toMatchObject({ allow: false, reason: 'offerTracking' });
    if (!decision.allow) {
      expect(decision.alert).toEqual({
        errorMessage: expect.stringContaining('press "Remind me if no reply"') as string,
      });
    }
  });

  it('without task-pane buttons (before Mailbox 1.14) the call suggestion has no button', async () => {
    const s = setup({
      body: 'Hi Priya, I am sorry: the delivery we promised for Friday is late and will not arrive until next week.',
    });
    const decision = await sendCommit(
      { ...s.sendDeps, alertButtons: { pane: false, command: false } },
      SAMPLE_NOW,
    );
    expect(decision).toMatchObject({ allow: false, reason: 'callSuggestion' });
    if (!decision.allow) expect(Object.keys(decision.alert)).toEqual(['errorMessage']);
  });
});

describe('a reminder sent as a new message', () => {
  it('counts as the next email step when its subject continues the tracked one to a tracked recipient', async () => {
    const s = setup({ subject: 'Proposal for Contoso: pricing, timeline and the next steps we agreed' });
    await flagToggle(s.flagDeps, SAMPLE_NOW);
    await sendCommit(s.sendDeps, SAMPLE_NOW);
    const reminder = fakeCompose({
      subject: 'RE: Proposal for Contoso: pricing, timeline and the next steps we agreed',
      conversationId: 'another-conversation',
      body: 'Resending in case it got buried.',
    });
    const later = SAMPLE_NOW + 50 * HOUR;
    const decision = await sendCommit(
      { ...s.sendDeps, props: fakeProps().port, compose: reminder.port },
      later,
    );
    expect(decision).toMatchObject({ allow: true, followedUp: [expect.anything()] });
    expect(s.device.store.followUps()[0]?.steps[0]).toMatchObject({ status: 'done' });
  });

  it.each([
    ['RE: Proposal', 'Proposal', true],
    ['AW: Re: [EXT] RE: proposal', 'Proposal', true],
    ['Antw:Proposal', 'Proposal', true],
    ['Proposal', 'Proposal', false],
    ['FW: Proposal', 'Proposal', false],
    ['RE: Proposal v2', 'Proposal', false],
    [
      'RE: A very long subject that storage shortened here and more',
      'A very long subject that storage shortened\u2026',
      true,
    ],
  ])('subjectContinues(%j, %j) is %s', (subject, stored, expected) => {
    expect(subjectContinues(subject, stored)).toBe(expected);
  });
});

describe('itemRecordWrite', () => {
  function budgetProps(
    initial: Record<string, string>,
  ): ItemPropertiesPort & { values: Map<string, string> } {
    const values = new Map(Object.entries(initial));
    return {
      values,
      get: (name) => Promise.resolve(values.get(name)),
      set(name, value) {
        const all = { ...Object.fromEntries(values), [name]: value };
        if (JSON.stringify(all).length > 2500)
          return Promise.reject(new Error('needs more than 2500 characters'));
        values.set(name, value);
        return Promise.resolve();
      },
      remove(name) {
        values.delete(name);
        return Promise.resolve();
      },
    };
  }

  it('drops the compose state when the record fits only alone', async () => {
    const props = budgetProps({ [COMPOSE_PROPERTY]: '{"t":"abcdefghij","l":"p","a":29000000}' });
    await itemRecordWrite(props, 'x'.repeat(2491));
    expect([...props.values.keys()]).toEqual([ITEM_PROPERTY]);
  });

  it('keeps the compose state when the record fits beside it', async () => {
    const props = budgetProps({ [COMPOSE_PROPERTY]: '{}' });
    await itemRecordWrite(props, 'x'.repeat(100));
    expect([...props.values.keys()].sort()).toEqual([ITEM_PROPERTY, COMPOSE_PROPERTY].sort());
  });

  it('rejects with the reason when the record does not fit even alone', async () => {
    const props = budgetProps({});
    await expect(itemRecordWrite(props, 'x'.repeat(2600))).rejects.toThrow('2500');
  });

  it('puts the compose state back when the record does not fit even without it', async () => {
    const state = '{"t":"abcdefghij","l":"p","a":29000000}';
    const props = budgetProps({ [COMPOSE_PROPERTY]: state, other: 'y'.repeat(2300) });
    await expect(itemRecordWrite(props, 'x'.repeat(300))).rejects.toThrow('2500');
    expect(props.values.get(COMPOSE_PROPERTY)).toBe(state);
    expect(props.values.has(ITEM_PROPERTY)).toBe(false);
  });
});

describe('a flag on a message whose custom properties are full', () => {
  it('says how many characters it would need, within the 150 of a notification', async () => {
    const s = setup();
    s.props.failNextSets(new ItemPropertiesFullError(2551, 2500));
    const outcome = await flagToggle(s.flagDeps, SAMPLE_NOW);
    expect(outcome.kind).toBe('failed');
    expect(s.notifier.shown[0]?.notice).toEqual({
      kind: 'error',
      message:
        "ReachPlan couldn't flag this message: its data on the message would need 2551 of the 2500 characters Outlook allows.",
    });
    expect(s.notifier.shown[0]!.notice.message.length).toBeLessThanOrEqual(150);
  });
});
