import { flagToggle } from '../../../../src/shared/app/flagToggle';
import { itemOpen } from '../../../../src/shared/app/itemOpen';
import type { ItemSummary } from '../../../../src/shared/ports';
import { ITEM_PROPERTY } from '../../../../src/shared/storage/itemRecord';
import { Mailbox, openDevice } from '../../../fixtures/storeHarness';
import { SAMPLE_NOW } from '../../../fixtures/storageSamples';
import {
  PRIYA,
  USER,
  fakeCompose,
  fakeContent,
  fakeNotifier,
  fakeProps,
  fakeSentCopies,
  seededRandom,
  trackedProposal,
} from './appFakes';

const HOUR = 3_600_000;
const CONVERSATION = 'AAQkADAwATM0MDAAMS1iNTcwLTYwZjktMDACLTAwCgAQAJd';

/** A device where Dana flagged a proposal to Priya at SAMPLE_NOW and sent it an hour later. */
const tracked = () =>
  trackedProposal({ conversationId: CONVERSATION, flaggedAt: SAMPLE_NOW, sentAt: SAMPLE_NOW + HOUR });

function openDeps(
  store: ReturnType<typeof openDevice>['store'],
  options: { props?: ReturnType<typeof fakeProps>; headers?: Record<string, string>; body?: string } = {},
) {
  const notifier = fakeNotifier();
  const props = options.props ?? fakeProps();
  const sentCopies = fakeSentCopies();
  return {
    notifier,
    props,
    sentCopies,
    deps: {
      store,
      props: props.port,
      content: fakeContent(options.headers ?? {}, options.body ?? ''),
      notifier: notifier.port,
      capabilities: { internetHeaders: true },
      userEmail: USER,
      sentCopies,
    },
  };
}

function incoming(overrides: Partial<ItemSummary> = {}): ItemSummary {
  return {
    mode: 'read',
    subject: 'RE: Proposal for Contoso',
    from: PRIYA,
    to: [{ displayName: 'Dana Whitfield', emailAddress: USER }],
    cc: [],
    conversationId: CONVERSATION,
    dateTimeCreated: SAMPLE_NOW + 30 * HOUR,
    itemId: 'AAMk-reply-1',
    ...overrides,
  };
}

describe('itemOpen on a sent message', () => {
  it('restores the follow-up from the message on a device that lost it, learns the sent copy, shows the status', async () => {
    const { props } = await tracked();
    const other = openDevice(new Mailbox());
    const { deps, notifier, sentCopies } = openDeps(other.store, { props });
    const sent: ItemSummary = {
      mode: 'read',
      subject: 'Proposal for Contoso',
      from: { displayName: 'Dana Whitfield', emailAddress: USER },
      to: [PRIYA],
      cc: [],
      itemId: 'AAMk-sent-1',
      conversationId: CONVERSATION,
      internetMessageId: '<sent-1@northwind.example>',
      dateTimeCreated: SAMPLE_NOW + HOUR,
    };
    const outcome = await itemOpen(deps, sent, SAMPLE_NOW + 2 * HOUR);
    expect(outcome).toMatchObject({ kind: 'sent', repair: 'repaired' });
    const restored = other.store.followUps()[0]!;
    expect(restored.state).toBe('waiting');
    expect(sentCopies.entries.get(restored.id)?.itemId).toBe('AAMk-sent-1');
    expect(notifier.shown[0]?.notice.message).toBe(
      'ReachPlan: waiting for Priya. Next: reminder Wed 4 Mar 11:00.',
    );
  });

  it('commits a flagged message that was sent without OnMessageSend (mobile) when the pane opens on it', async () => {
    const device = openDevice(new Mailbox());
    const props = fakeProps();
    await flagToggle(
      {
        props: props.port,
        compose: fakeCompose({}).port,
        store: device.store,
        notifier: fakeNotifier().port,
        random: seededRandom(),
        userEmail: USER,
      },
      SAMPLE_NOW,
    );
    const { deps } = openDeps(device.store, { props });
    const sent = incoming({
      from: { displayName: 'Dana', emailAddress: USER },
      to: [PRIYA],
      dateTimeCreated: SAMPLE_NOW + HOUR,
    });
    const outcome = await itemOpen(deps, sent, SAMPLE_NOW + 5 * HOUR);
    expect(outcome).toMatchObject({ kind: 'sent', repair: 'committed' });
    expect(device.store.followUps()[0]).toMatchObject({ sentAt: SAMPLE_NOW + HOUR, state: 'waiting' });
    expect(props.values.get(ITEM_PROPERTY)).toEqual(expect.stringMatching(/^I/));
  });
});

describe('itemOpen on an answer', () => {
  it('clears the plan when the contact replies, and says why', async () => {
    const { device, followUp } = await tracked();
    const { deps, notifier } = openDeps(device.store, {
      body: 'Thanks Dana, the three-week start works for us.',
    });
    const outcome = await itemOpen(deps, incoming(), SAMPLE_NOW + 31 * HOUR);
    expect(outcome).toMatchObject({
      kind: 'answers',
      results: [{ applied: 'cleared', classification: { kind: 'human' } }],
    });
    expect(device.store.followUp(followUp.id)?.state).toBe('replied');
    expect(notifier.shown[0]?.notice.message).toBe(
      'ReachPlan: Priya replied, so the follow-up on "Proposal for Contoso" is cleared.',
    );
  });

  it('recognises a reply from an unknown address by its conversation alone (roaming keeps only its key)', async () => {
    const { device, followUp } = await tracked();
    expect(followUp.conversationId).toBeUndefined();
    const { deps } = openDeps(device.store, { body: 'Priya asked me to confirm: the start date works.' });
    const assistant = incoming({
      from: { displayName: 'Front desk', emailAddress: 'frontdesk.contoso@gmail.com' },
    });
    const outcome = await itemOpen(deps, assistant, SAMPLE_NOW + 31 * HOUR);
    expect(outcome).toMatchObject({
      kind: 'answers',
      results: [
        {
          applied: 'cleared',
          classification: { kind: 'human', reason: expect.stringMatching(/same conversation/) as string },
        },
      ],
    });
    const elsewhere = await itemOpen(
      deps,
      { ...assistant, conversationId: 'another-thread' },
      SAMPLE_NOW + 31 * HOUR,
    );
    expect(elsewhere).toEqual({ kind: 'none' });
  });

  it('pauses until the day after the return date on an out-of-office reply', async () => {
    const { device, followUp } = await tracked();
    const { deps, notifier } = openDeps(device.store, {
      headers: { 'auto-submitted': 'auto-replied', 'x-auto-response-suppress': 'All' },
      body: 'I am out of the office until 12 March 2026 with limited access to email.',
    });
    const outcome = await itemOpen(
      deps,
      incoming({ subject: 'Automatic reply: Proposal for Contoso' }),
      SAMPLE_NOW + 31 * HOUR,
    );
    expect(outcome).toMatchObject({
      kind: 'answers',
      results: [{ applied: 'paused', classification: { kind: 'autoReply', returnDate: '2026-03-12' } }],
    });
    const paused = device.store.followUp(followUp.id)!;
    expect(paused.state).toBe('paused');
    expect(new Date(paused.pausedUntil ?? 0).toISOString()).toBe('2026-03-12T23:00:00.000Z');
    expect(paused.steps.every((s) => s.dueAt >= paused.pausedUntil!)).toBe(true);
    expect(notifier.shown[0]?.notice.message).toMatch(
      /^ReachPlan: Priya is away \(automatic reply\)\. The follow-up waits until Fri 13 Mar/,
    );
    // Opening the same auto-reply again changes nothing.
    const again = await itemOpen(
      deps,
      incoming({ subject: 'Automatic reply: Proposal for Contoso' }),
      SAMPLE_NOW + 32 * HOUR,
    );
    expect(again).toMatchObject({ results: [{ applied: 'unchanged' }] });
  });

  it('stops the plan on a bounce and marks the contact as moved on', async () => {
    const { device, followUp } = await tracked();
    const { deps } = openDeps(device.store, {
      headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary="b"' },
      body: 'Delivery has failed to these recipients: priya.raman@contoso.example. The email address could not be found.',
    });
    const bounce = incoming({
      from: { displayName: 'Mail Delivery Subsystem', emailAddress: 'mailer-daemon@contoso.example' },
      subject: 'Undeliverable: Proposal for Contoso',
    });
    const outcome = await itemOpen(deps, bounce, SAMPLE_NOW + 2 * HOUR);
    expect(outcome).toMatchObject({
      kind: 'answers',
      results: [{ applied: 'stopped', classification: { kind: 'bounce' } }],
    });
    expect(device.store.followUp(followUp.id)?.state).toBe('stopped');
    expect(device.store.profile(PRIYA.emailAddress)?.status.kind).toBe('movedOn');
  });

  it('ignores messages from people nobody waits on, and replies older than the tracked send', async () => {
    const { device } = await tracked();
    const { deps } = openDeps(device.store, { body: 'hello' });
    expect(
      await itemOpen(
        deps,
        incoming({
          from: { displayName: 'Kenji', emailAddress: 'kenji@adatum.example' },
          conversationId: 'other',
        }),
        SAMPLE_NOW + 31 * HOUR,
      ),
    ).toEqual({ kind: 'none' });
    expect(
      await itemOpen(deps, incoming({ dateTimeCreated: SAMPLE_NOW - HOUR }), SAMPLE_NOW + 31 * HOUR),
    ).toEqual({ kind: 'none' });
  });

  it('never throws: a failing Office call comes back as a problem', async () => {
    const { device } = await tracked();
    const { deps } = openDeps(device.store);
    const broken = { ...deps, props: { ...deps.props, get: () => Promise.reject(new Error('9020')) } };
    const outcome = await itemOpen(
      {
        ...broken,
        store: {
          ...device.store,
          followUps: () => {
            throw new Error('boom');
          },
        },
      },
      incoming(),
      SAMPLE_NOW,
    );
    expect(outcome).toEqual({ kind: 'none', problem: 'boom' });
  });
});
