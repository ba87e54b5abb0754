import {
  COMPOSE_PROPERTY,
  composeStateDecode,
  composeStateEncode,
} from '../../../../src/shared/app/composeState';
import { flagToggle } from '../../../../src/shared/app/flagToggle';
import { followUpToken, followUpTokenValid } from '../../../../src/shared/app/followUpToken';
import { sendCommit } from '../../../../src/shared/app/sendCommit';
import { ITEM_PROPERTY, itemRecordDecode } from '../../../../src/shared/storage/itemRecord';
import { Mailbox, openDevice } from '../../../fixtures/storeHarness';
import { SAMPLE_NOW } from '../../../fixtures/storageSamples';
import { fakeCompose, fakeNotifier, fakeProps, fakeSentCopies, PRIYA, seededRandom, USER } from './appFakes';

const HOUR = 3_600_000;

function flagDeps(options: Parameters<typeof fakeCompose>[0] = {}) {
  const device = openDevice(new Mailbox());
  const props = fakeProps();
  const compose = fakeCompose(options);
  const notifier = fakeNotifier();
  return {
    device,
    props,
    compose,
    notifier,
    deps: {
      props: props.port,
      compose: compose.port,
      store: device.store,
      notifier: notifier.port,
      random: seededRandom(),
      userEmail: USER,
    },
  };
}

describe('compose state', () => {
  it('round-trips the flag and the one-time alert marks compactly', () => {
    const state = {
      flag: { token: 'abcdefghij', ladder: { waitsHours: [24, 48] }, at: SAMPLE_NOW },
      callSuggested: true,
    };
    const text = composeStateEncode(state);
    expect(text.length).toBeLessThan(60);
    expect(composeStateDecode(text)).toEqual(state);
  });

  it.each([undefined, 42, '{', '{"t":"bad token","l":"p","a":1}', '{"t":"abcdefghij","l":"x","a":1}'])(
    'reads %j as no flag',
    (value) => {
      expect(composeStateDecode(value).flag).toBeUndefined();
    },
  );
});

describe('followUpToken', () => {
  it('makes 10 base-32 characters that differ between calls', () => {
    const random = seededRandom(3);
    const a = followUpToken(random);
    const b = followUpToken(random);
    expect(followUpTokenValid(a)).toBe(true);
    expect(a).not.toBe(b);
  });
});

describe('flagToggle', () => {
  it('flags the message, saves the draft and shows when the first reminder comes', async () => {
    const { deps, props, compose, notifier } = flagDeps();
    const outcome = await flagToggle(deps, SAMPLE_NOW);
    expect(outcome.kind).toBe('flagged');
    const state = composeStateDecode(props.values.get(COMPOSE_PROPERTY));
    expect(state.flag).toMatchObject({ ladder: 'prompt', at: SAMPLE_NOW });
    expect(compose.saves).toHaveLength(1);
    expect(notifier.shown).toEqual([
      {
        key: 'rp-flag',
        notice: {
          kind: 'info',
          persistent: true,
          message: "ReachPlan: reminder Wed 4 Mar 10:00 if Priya doesn't reply. Press again to cancel.",
        },
      },
    ]);
  });

  it('cancels on the second press and says so', async () => {
    const { deps, props, notifier } = flagDeps();
    await flagToggle(deps, SAMPLE_NOW);
    const second = await flagToggle(deps, SAMPLE_NOW + 60_000);
    expect(second.kind).toBe('cancelled');
    expect(composeStateDecode(props.values.get(COMPOSE_PROPERTY)).flag).toBeUndefined();
    expect(notifier.shown[1]?.notice.message).toMatch(/no longer tracking/);
  });

  it('keeps the flag with no recipient yet and says the plan is made at send', async () => {
    const { deps, props, notifier } = flagDeps({ to: [] });
    expect((await flagToggle(deps, SAMPLE_NOW)).kind).toBe('flagged');
    expect(composeStateDecode(props.values.get(COMPOSE_PROPERTY)).flag).toBeDefined();
    expect(notifier.shown[0]?.notice.message).toBe(
      'ReachPlan: tracking this message. The plan is made when you send. Press again to cancel.',
    );
  });

  it('reports a failure to store the flag as an error line that says what to do', async () => {
    const { deps, props, notifier } = flagDeps();
    props.failNextSets(new Error('customProperties.saveAsync failed (Office error 9020)'));
    const outcome = await flagToggle(deps, SAMPLE_NOW);
    expect(outcome.kind).toBe('failed');
    expect(notifier.shown[0]?.notice).toEqual({
      kind: 'error',
      message:
        "ReachPlan couldn't flag this message (customProperties.saveAsync failed (Office error 9020)). Try again, or open Follow-up plan.",
    });
  });
});

async function flagged(options: Parameters<typeof fakeCompose>[0] = {}) {
  const setup = flagDeps(options);
  await flagToggle(setup.deps, SAMPLE_NOW);
  const sentCopies = fakeSentCopies();
  return {
    ...setup,
    sentCopies,
    sendDeps: {
      props: setup.props.port,
      compose: setup.compose.port,
      store: setup.device.store,
      userEmail: USER,
      sentCopies,
    },
  };
}

describe('sendCommit', () => {
  it('commits a flagged message: follow-up stored, its record on the message, the text kept on this device', async () => {
    const { sendDeps, device, props, sentCopies } = await flagged({ conversationId: 'AAQk-conv-1' });
    const decision = await sendCommit(sendDeps, SAMPLE_NOW + HOUR);
    expect(decision).toMatchObject({ allow: true, notes: [] });
    const stored = device.store.followUps();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      subject: 'Proposal for Contoso',
      state: 'waiting',
      recipients: [{ email: 'priya.raman@contoso.example' }],
    });
    expect(stored[0]?.steps.map((s) => s.kind)).toEqual(['reminder', 'reminder', 'switch']);
    const record = itemRecordDecode(props.values.get(ITEM_PROPERTY));
    expect(record.ok && record.value.value.conversationId).toBe('AAQk-conv-1');
    expect(sentCopies.entries.get(stored[0]!.id)?.excerpt).toBe(
      'Hi Priya, could you confirm the start date?',
    );
  });

  it('puts the contact first among the tracked recipients (it times later re-plans)', async () => {
    const internal = {
      displayName: 'Sam Colleague',
      emailAddress: 'sam@northwind.example',
      recipientType: 'user',
    };
    const { sendDeps, device } = await flagged({ to: [internal, PRIYA] });
    await sendCommit(sendDeps, SAMPLE_NOW + HOUR);
    expect(device.store.followUps()[0]?.recipients.map((r) => r.email)).toEqual([
      'priya.raman@contoso.example',
      'sam@northwind.example',
    ]);
  });

  it('still sends and keeps the record on the message when roaming settings refuse the follow-up', async () => {
    const setup = flagDeps();
    await flagToggle(setup.deps, SAMPLE_NOW);
    const tiny = openDevice(new Mailbox(), undefined, { quota: 60 });
    const decision = await sendCommit(
      { props: setup.props.port, compose: setup.compose.port, store: tiny.store, userEmail: USER },
      SAMPLE_NOW,
    );
    expect(decision.allow).toBe(true);
    if (decision.allow) expect(decision.notes.join(' ')).toMatch(/roaming settings refused the follow-up/);
    expect(itemRecordDecode(setup.props.values.get(ITEM_PROPERTY)).ok).toBe(true);
  });

  it('never blocks the send on a fault of ours', async () => {
    const { sendDeps } = await flagged({
      failRecipients: new Error('item.to.getAsync failed (Office error 9041)'),
    });
    const decision = await sendCommit(sendDeps, SAMPLE_NOW);
    expect(decision).toEqual({
      allow: true,
      notes: ['ReachPlan fault, message sent anyway: item.to.getAsync failed (Office error 9041)'],
    });
  });

  it('suggests a call once for bad news, then lets the same message go', async () => {
    const body =
      'Hi Priya, I am sorry: the delivery we promised for Friday is late and will not arrive until next week.';
    const setup = flagDeps({ body });
    const deps = {
      props: setup.props.port,
      compose: setup.compose.port,
      store: setup.device.store,
      userEmail: USER,
    };
    const first = await sendCommit(deps, SAMPLE_NOW);
    expect(first).toMatchObject({
      allow: false,
      reason: 'callSuggestion',
      alert: { commandId: 'ComposeTaskpaneButton', cancelLabel: 'Plan the call' },
    });
    expect(composeStateDecode(setup.props.values.get(COMPOSE_PROPERTY)).callSuggested).toBe(true);
    expect((await sendCommit(deps, SAMPLE_NOW + 60_000)).allow).toBe(true);
  });

  it('does not stop a message twice when it cannot remember the first alert', async () => {
    const setup = flagDeps({ body: 'I apologise, your order was lost and the delivery is late.' });
    setup.props.failNextSets(new Error('quota'));
    const decision = await sendCommit(
      { props: setup.props.port, compose: setup.compose.port, store: setup.device.store, userEmail: USER },
      SAMPLE_NOW,
    );
    expect(decision.allow).toBe(true);
  });

  it('offers tracking for an unflagged external message that asks something, only when switched on', async () => {
    const setup = flagDeps({ body: 'Could you send me the signed order form by Thursday?' });
    const deps = {
      props: setup.props.port,
      compose: setup.compose.port,
      store: setup.device.store,
      userEmail: USER,
    };
    expect((await sendCommit(deps, SAMPLE_NOW)).allow).toBe(true);
    setup.device.store.updateSettings({ ...setup.device.store.settings(), offerTracking: true });
    expect(await sendCommit(deps, SAMPLE_NOW)).toMatchObject({
      allow: false,
      reason: 'offerTracking',
      alert: { commandId: 'RemindIfNoReplyButton', cancelLabel: 'Track it' },
    });
    expect((await sendCommit(deps, SAMPLE_NOW)).allow).toBe(true);
  });

  it('marks the next email step done when the user writes again in a tracked conversation', async () => {
    const { sendDeps, device } = await flagged({ conversationId: 'AAQk-conv-2' });
    await sendCommit(sendDeps, SAMPLE_NOW);
    const reply = fakeCompose({
      conversationId: 'AAQk-conv-2',
      body: 'Resending this in case it got buried.',
    });
    const later = SAMPLE_NOW + 50 * HOUR;
    const decision = await sendCommit({ ...sendDeps, props: fakeProps().port, compose: reply.port }, later);
    expect(decision).toMatchObject({ allow: true });
    const f = device.store.followUps()[0]!;
    expect(f.steps[0]).toMatchObject({ status: 'done', outcome: 'sent from Outlook' });
    expect(f.steps[1]!.dueAt).toBeGreaterThanOrEqual(later + 72 * HOUR - 60_000);
  });
});
