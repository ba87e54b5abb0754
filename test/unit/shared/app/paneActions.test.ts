import { composeOpen } from '../../../../src/shared/app/composeOpen';
import { dueGroups, dueNowCount } from '../../../../src/shared/app/dueGroups';
import { followUpAct } from '../../../../src/shared/app/followUpAct';
import { profileSave } from '../../../../src/shared/app/profileSave';
import { reminderDraft, stepTemplate } from '../../../../src/shared/app/reminderDraft';
import { settingsSave } from '../../../../src/shared/app/settingsSave';
import { SAMPLE_NOW } from '../../../fixtures/storageSamples';
import { PRIYA, USER, fakeForms, fakeNotifier, trackedProposal } from './appFakes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const tracked = (subject = 'Proposal for Contoso') =>
  trackedProposal({
    subject,
    conversationId: 'conv-9',
    body: 'Hi Priya,\nCould you confirm the start date?',
    flaggedAt: SAMPLE_NOW,
    sentAt: SAMPLE_NOW,
  });

describe('reminderDraft', () => {
  it('uses reminder 1, then reminder 2, and the re-engagement note by step', async () => {
    const { followUp } = await tracked();
    expect([0, 1, 2].map((i) => stepTemplate(followUp, i))).toEqual(['reminder1', 'reminder2', undefined]);
  });

  it('opens reply all on the sent message when the pane is on it', async () => {
    const { device, followUp, sentCopies } = await tracked();
    sentCopies.put(followUp.id, { itemId: 'AAMk-sent' });
    const forms = fakeForms();
    const current = {
      mode: 'read' as const,
      subject: followUp.subject,
      to: [PRIYA],
      cc: [],
      itemId: 'AAMk-sent',
    };
    const outcome = reminderDraft(
      { store: device.store, forms: forms.port, userName: 'Dana Whitfield', userEmail: USER, sentCopies },
      followUp.id,
      0,
      current,
      SAMPLE_NOW + 2 * DAY,
    );
    expect(outcome).toEqual({ ok: true, value: 'replyAll' });
    expect(forms.opened[0]).toMatchObject({
      kind: 'replyAll',
      html: expect.stringContaining('Priya') as string,
    });
    expect(device.store.followUp(followUp.id)?.history.at(-1)).toMatchObject({
      kind: 'drafted',
      note: 'reply all opened',
    });
  });

  it('opens a new message with RE: and the original quoted (escaped) elsewhere', async () => {
    const { device, followUp, sentCopies } = await tracked('<b>Renewal</b> & terms');
    const forms = fakeForms();
    const outcome = reminderDraft(
      { store: device.store, forms: forms.port, userName: 'Dana', userEmail: USER, sentCopies },
      followUp.id,
      1,
      null,
      SAMPLE_NOW,
    );
    expect(outcome).toEqual({ ok: true, value: 'newMessage' });
    const opened = forms.opened[0];
    if (opened?.kind !== 'new') throw new Error('expected a new message');
    expect(opened.message.subject).toBe('RE: <b>Renewal</b> & terms');
    expect(opened.message.to).toEqual([
      { displayName: 'Priya Raman', emailAddress: 'priya.raman@contoso.example' },
    ]);
    expect(opened.message.htmlBody).toContain('Subject: &lt;b&gt;Renewal&lt;/b&gt; &amp; terms');
    expect(opened.message.htmlBody).toContain('Could you confirm the start date?');
    expect(opened.message.htmlBody).not.toContain('<b>Renewal</b>');
  });

  it('says what went wrong when Outlook cannot open the form, and records nothing', async () => {
    const { device, followUp } = await tracked();
    const forms = fakeForms(new Error('mailbox.displayNewMessageForm failed (Office error 9030)'));
    const outcome = reminderDraft(
      { store: device.store, forms: forms.port, userName: 'Dana', userEmail: USER },
      followUp.id,
      0,
      null,
      SAMPLE_NOW,
    );
    expect(outcome).toEqual({
      ok: false,
      reason: 'Outlook could not open the draft: mailbox.displayNewMessageForm failed (Office error 9030)',
    });
    expect(device.store.followUp(followUp.id)?.history.some((h) => h.kind === 'drafted')).toBe(false);
  });

  it('refuses a call step (it has no email text)', async () => {
    const { device, followUp } = await tracked();
    expect(
      reminderDraft(
        { store: device.store, forms: fakeForms().port, userName: 'Dana', userEmail: USER },
        followUp.id,
        2,
        null,
        SAMPLE_NOW,
      ),
    ).toEqual({
      ok: false,
      reason: 'this step is not an email: it has no reminder text',
    });
  });
});

describe('followUpAct', () => {
  it('marks a call done with its outcome and re-plans later steps from the action time', async () => {
    const { device, followUp } = await tracked();
    const late = SAMPLE_NOW + 3 * DAY;
    const done = followUpAct(device.store, followUp.id, { kind: 'done', stepIndex: 0 }, late);
    expect(done.ok).toBe(true);
    const after = device.store.followUp(followUp.id)!;
    expect(after.steps[0]).toMatchObject({ status: 'done', doneAt: late });
    expect(after.steps[1]!.dueAt).toBeGreaterThanOrEqual(late + 72 * HOUR);
  });

  it('snoozes, stops, and reports an unknown follow-up in words', async () => {
    const { device, followUp } = await tracked();
    const until = SAMPLE_NOW + 5 * DAY;
    expect(
      followUpAct(device.store, followUp.id, { kind: 'snooze', stepIndex: 0, until }, SAMPLE_NOW).ok,
    ).toBe(true);
    expect(device.store.followUp(followUp.id)?.steps[0]?.dueAt).toBe(until);
    expect(followUpAct(device.store, followUp.id, { kind: 'stop' }, SAMPLE_NOW).ok).toBe(true);
    expect(device.store.followUp(followUp.id)?.state).toBe('stopped');
    expect(followUpAct(device.store, 'nope', { kind: 'stop' }, SAMPLE_NOW)).toEqual({
      ok: false,
      reason: 'this follow-up is no longer stored (it may have been removed on another device)',
    });
  });

  it('changes the ladder of a waiting follow-up', async () => {
    const { device, followUp } = await tracked();
    expect(followUpAct(device.store, followUp.id, { kind: 'ladder', ladder: 'relaxed' }, SAMPLE_NOW).ok).toBe(
      true,
    );
    const after = device.store.followUp(followUp.id)!;
    expect(after.ladder).toBe('relaxed');
    expect(after.steps[0]!.dueAt - SAMPLE_NOW).toBeGreaterThanOrEqual(96 * HOUR);
  });
});

describe('profileSave and settingsSave', () => {
  it("moves the plan into the contact's new windows (phone first, Tue–Thu 8–10 in New York)", async () => {
    const { device, followUp } = await tracked();
    const result = profileSave(
      device.store,
      {
        email: PRIYA.emailAddress,
        displayName: 'Priya Raman',
        channels: [{ kind: 'phone', address: '+1 212 555 0142' }, { kind: 'email' }],
        timeZone: 'America/New_York',
        bestDays: [2, 3, 4],
        bestTimes: [{ start: 480, end: 600 }],
        worstTimes: [],
        notes: '',
        status: { kind: 'active' },
      },
      SAMPLE_NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.moved.map((f) => f.id)).toEqual([followUp.id]);
    const after = device.store.followUp(followUp.id)!;
    expect(after.steps[0]!.channel).toBe('phone');
    for (const step of after.steps) {
      const local = new Date(step.dueAt).toLocaleString('en-US', {
        timeZone: 'America/New_York',
        weekday: 'short',
        hour: '2-digit',
        hour12: false,
      });
      expect(local).toMatch(/^(Tue|Wed|Thu),? (08|09)$/);
    }
  });

  it('refuses an invalid profile naming the field, and stores nothing', async () => {
    const { device } = await tracked();
    const result = profileSave(
      device.store,
      {
        email: PRIYA.emailAddress,
        timeZone: 'Mars/Olympus',
        bestDays: [2],
        channels: [],
        bestTimes: [],
        worstTimes: [],
        notes: '',
        status: { kind: 'active' },
        displayName: '',
      },
      SAMPLE_NOW,
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^contact\.timeZone: unknown time zone/) as string,
    });
    expect(device.store.profile(PRIYA.emailAddress)).toBeUndefined();
  });

  it('re-plans waiting follow-ups when the working hours change', async () => {
    const { device, followUp } = await tracked();
    const settings = device.store.settings();
    const result = settingsSave(
      device.store,
      { ...settings, user: { ...settings.user, workingHours: [{ start: 14 * 60, end: 16 * 60 }] } },
      SAMPLE_NOW,
    );
    expect(result.ok && result.value.moved.map((f) => f.id)).toEqual([followUp.id]);
    const hour = Number(
      new Date(device.store.followUp(followUp.id)!.steps[0]!.dueAt).toLocaleString('en-GB', {
        timeZone: 'Europe/Paris',
        hour: '2-digit',
      }),
    );
    expect(hour).toBeGreaterThanOrEqual(14);
    expect(hour).toBeLessThan(16);
  });
});

describe('due list and the compose insight', () => {
  it("groups by the user's day and counts what is due now", async () => {
    const { device } = await tracked();
    const zone = device.store.settings().user.timeZone;
    expect(dueNowCount(dueGroups(device.store.followUps(), SAMPLE_NOW, zone))).toBe(0);
    const later = dueGroups(device.store.followUps(), SAMPLE_NOW + 2 * DAY + 2 * HOUR, zone);
    expect(later.today).toHaveLength(1);
    expect(dueNowCount(later)).toBe(1);
    expect(dueGroups(device.store.followUps(), SAMPLE_NOW + 4 * DAY, zone).overdue).toHaveLength(1);
  });

  it('shows one insight line with an Open ReachPlan button only when something is due and supported', async () => {
    const { device } = await tracked();
    const notifier = fakeNotifier();
    expect(
      await composeOpen(
        { store: device.store, notifier: notifier.port, capabilities: { insightNotices: true } },
        SAMPLE_NOW,
      ),
    ).toBe(0);
    expect(
      await composeOpen(
        { store: device.store, notifier: notifier.port, capabilities: { insightNotices: false } },
        SAMPLE_NOW + 4 * DAY,
      ),
    ).toBe(0);
    expect(
      await composeOpen(
        { store: device.store, notifier: notifier.port, capabilities: { insightNotices: true } },
        SAMPLE_NOW + 4 * DAY,
      ),
    ).toBe(1);
    expect(notifier.shown).toEqual([
      {
        key: 'rp-due',
        notice: {
          kind: 'insight',
          message: 'ReachPlan: 1 follow-up is due. Open the plan to send it.',
          action: { label: 'Open ReachPlan', commandId: 'ComposeTaskpaneButton', context: '{"view":"due"}' },
        },
      },
    ]);
  });
});
