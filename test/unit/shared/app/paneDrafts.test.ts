import { followUpAct } from '../../../../src/shared/app/followUpAct';
import { meetingRequest, meetingSlot } from '../../../../src/shared/app/meetingRequest';
import { sentTrack } from '../../../../src/shared/app/sentTrack';
import { templateDraft } from '../../../../src/shared/app/templateDraft';
import { thankYouDraft } from '../../../../src/shared/app/thankYouDraft';
import type { ItemSummary } from '../../../../src/shared/ports';
import { ITEM_PROPERTY, itemRecordDecode } from '../../../../src/shared/storage/itemRecord';
import { Mailbox, openDevice } from '../../../fixtures/storeHarness';
import { SAMPLE_NOW } from '../../../fixtures/storageSamples';
import { PRIYA, USER, fakeForms, fakeProps, fakeSentCopies, seededRandom, trackedProposal } from './appFakes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const sentItem: ItemSummary = {
  mode: 'read',
  subject: 'Proposal for Contoso',
  to: [PRIYA],
  cc: [],
  from: { displayName: 'Dana Whitfield', emailAddress: USER },
  itemId: 'AAMk-sent-1',
  conversationId: 'conv-1',
  internetMessageId: '<m1@northwind.example>',
  dateTimeCreated: SAMPLE_NOW - 3 * DAY,
};

describe('sentTrack', () => {
  it('plans a sent message from its own send time and writes its record to the message', async () => {
    const device = openDevice(new Mailbox());
    const props = fakeProps();
    const sentCopies = fakeSentCopies();
    const result = await sentTrack(
      { store: device.store, props: props.port, random: seededRandom(), userEmail: USER, sentCopies },
      sentItem,
      SAMPLE_NOW,
    );
    if (!result.ok) throw new Error(result.reason);
    const { followUp } = result.value;
    expect(result.value.recordProblem).toBeUndefined();
    expect(device.store.followUp(followUp.id)).toMatchObject({
      subject: 'Proposal for Contoso',
      sentAt: SAMPLE_NOW - 3 * DAY,
      state: 'waiting',
      recipients: [{ email: PRIYA.emailAddress, name: 'Priya Raman' }],
    });
    // Reminder 1 was due 48 h after sending: it is overdue now, and says so rather than moving.
    expect(followUp.steps[0]!.dueAt).toBeLessThan(SAMPLE_NOW);
    const record = itemRecordDecode(props.values.get(ITEM_PROPERTY));
    expect(record.ok && record.value.value.id).toBe(followUp.id);
    expect(sentCopies.get(followUp.id)?.itemId).toBe('AAMk-sent-1');
  });

  it('refuses messages the user did not send, and compose items', async () => {
    const device = openDevice(new Mailbox());
    const deps = { store: device.store, props: fakeProps().port, random: seededRandom(), userEmail: USER };
    expect(
      await sentTrack(
        deps,
        { ...sentItem, from: { displayName: 'Priya', emailAddress: PRIYA.emailAddress } },
        SAMPLE_NOW,
      ),
    ).toEqual({ ok: false, reason: 'only messages you sent can be tracked' });
    expect((await sentTrack(deps, { ...sentItem, mode: 'compose' }, SAMPLE_NOW)).ok).toBe(false);
    expect(device.store.followUps()).toHaveLength(0);
  });

  it('keeps the follow-up when the message refuses its record, and says why', async () => {
    const device = openDevice(new Mailbox());
    const props = fakeProps();
    props.failNextSets(new Error('customProperties.saveAsync failed (Office error 9057)'));
    const result = await sentTrack(
      { store: device.store, props: props.port, random: seededRandom(), userEmail: USER },
      sentItem,
      SAMPLE_NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { recordProblem: 'customProperties.saveAsync failed (Office error 9057)' },
    });
    expect(device.store.followUps()).toHaveLength(1);
  });
});

describe('thankYouDraft', () => {
  const replied = async () => {
    const t = await trackedProposal({ flaggedAt: SAMPLE_NOW, sentAt: SAMPLE_NOW });
    followUpAct(t.device.store, t.followUp.id, { kind: 'replied' }, SAMPLE_NOW + DAY);
    return t;
  };

  it('replies all on their reply, with the thank-you wording and the subject', async () => {
    const { device, followUp } = await replied();
    const forms = fakeForms();
    const reply: ItemSummary = { ...sentItem, from: PRIYA, subject: 'RE: Proposal for Contoso' };
    expect(
      thankYouDraft(
        { store: device.store, forms: forms.port, userName: 'Dana' },
        followUp.id,
        reply,
        SAMPLE_NOW,
      ),
    ).toEqual({ ok: true, value: 'replyAll' });
    expect(forms.opened[0]).toMatchObject({
      kind: 'replyAll',
      html: expect.stringContaining('Thank you') as string,
    });
    expect(device.store.followUp(followUp.id)?.history.at(-1)).toMatchObject({
      kind: 'drafted',
      note: 'thank-you opened',
    });
  });

  it('opens a new message elsewhere, and reports a form that fails', async () => {
    const { device, followUp } = await replied();
    const forms = fakeForms();
    expect(
      thankYouDraft(
        { store: device.store, forms: forms.port, userName: 'Dana' },
        followUp.id,
        null,
        SAMPLE_NOW,
      ).ok,
    ).toBe(true);
    expect(forms.opened[0]).toMatchObject({ kind: 'new', message: { subject: 'RE: Proposal for Contoso' } });
    const failing = fakeForms(new Error('blocked'));
    expect(
      thankYouDraft(
        { store: device.store, forms: failing.port, userName: 'Dana' },
        followUp.id,
        null,
        SAMPLE_NOW,
      ),
    ).toEqual({
      ok: false,
      reason: 'Outlook could not open the draft: blocked',
    });
  });
});

describe('templateDraft', () => {
  it('uses the user wording and escapes inserted values', () => {
    const forms = fakeForms();
    const result = templateDraft(
      forms.port,
      'preferencesRequest',
      { contactName: '<b>Priya</b>', contactFirstName: '<b>Priya</b>', userName: 'Dana' },
      { preferencesRequest: 'Hello {contactFirstName}, how should I reach you? {userName}' },
      { kind: 'newMessage', to: [PRIYA], subject: 'How do you prefer to be reached?' },
    );
    expect(result).toMatchObject({ ok: true, value: { source: 'user' } });
    const opened = forms.opened[0];
    if (opened?.kind !== 'new') throw new Error('expected a new message');
    expect(opened.message.htmlBody).toContain('&lt;b&gt;Priya&lt;/b&gt;');
    expect(opened.message.htmlBody).not.toContain('<b>Priya</b>');
  });
});

describe('meetingRequest', () => {
  const videoStep = async () => {
    const t = await trackedProposal({ flaggedAt: SAMPLE_NOW, sentAt: SAMPLE_NOW });
    const followUp = t.device.store.followUp(t.followUp.id)!;
    t.device.store.upsertFollowUp({
      ...followUp,
      steps: followUp.steps.map((s, i) => (i === 2 ? { ...s, kind: 'switch', channel: 'video' } : s)),
    });
    return t;
  };

  it('opens a 30-minute request with the contact at the planned slot', async () => {
    const { device, followUp } = await videoStep();
    const forms = fakeForms();
    const step = device.store.followUp(followUp.id)!.steps[2]!;
    const result = meetingRequest({ store: device.store, forms: forms.port }, followUp.id, 2, SAMPLE_NOW, {
      subject: 'Call about the proposal',
      body: 'Agenda',
    });
    expect(result).toEqual({ ok: true, value: { start: step.dueAt } });
    expect(forms.opened[0]).toEqual({
      kind: 'appointment',
      appointment: {
        attendees: [{ displayName: 'Priya Raman', emailAddress: PRIYA.emailAddress }],
        start: step.dueAt,
        end: step.dueAt + 30 * 60_000,
        subject: 'Call about the proposal',
        body: 'Agenda',
      },
    });
  });

  it('moves a past slot to the next open one, and refuses email steps', async () => {
    const { device, followUp } = await videoStep();
    const late = device.store.followUp(followUp.id)!.steps[2]!.dueAt + DAY;
    const slot = meetingSlot(device.store, followUp.id, 2, late);
    expect(slot.ok && slot.value.start).toBeGreaterThanOrEqual(late);
    expect(meetingSlot(device.store, followUp.id, 0, SAMPLE_NOW)).toEqual({
      ok: false,
      reason: 'only a video-call or in-person step becomes a meeting request',
    });
  });

  it('says when Outlook cannot open a meeting request, and records nothing', async () => {
    const { device, followUp } = await videoStep();
    const forms = fakeForms(
      new Error('this version of Outlook cannot open a meeting request from an add-in'),
    );
    expect(
      meetingRequest({ store: device.store, forms: forms.port }, followUp.id, 2, SAMPLE_NOW, {
        subject: 's',
        body: 'b',
      }),
    ).toEqual({
      ok: false,
      reason:
        'Outlook could not open the meeting request: this version of Outlook cannot open a meeting request from an add-in',
    });
    expect(device.store.followUp(followUp.id)?.history.some((h) => h.note === 'meeting request opened')).toBe(
      false,
    );
  });
});

describe("followUpAct 'again'", () => {
  it('sets the next follow-up date after a reply', async () => {
    const { device, followUp } = await trackedProposal({ flaggedAt: SAMPLE_NOW, sentAt: SAMPLE_NOW });
    followUpAct(device.store, followUp.id, { kind: 'replied' }, SAMPLE_NOW + DAY);
    const at = SAMPLE_NOW + 20 * DAY;
    expect(followUpAct(device.store, followUp.id, { kind: 'again', at }, SAMPLE_NOW + DAY).ok).toBe(true);
    const after = device.store.followUp(followUp.id)!;
    expect(after.state).toBe('waiting');
    expect(after.steps.at(-1)).toMatchObject({ dueAt: at, status: 'planned', kind: 'reengage' });
  });
});
