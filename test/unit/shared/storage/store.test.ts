import type { FollowUp, Settings } from '../../../../src/shared/domain/types';
import { idKey } from '../../../../src/shared/storage/idKey';
import { itemRecordEncode } from '../../../../src/shared/storage/itemRecord';
import { ROAMING_KEYS, roamingEncode } from '../../../../src/shared/storage/roamingCodec';
import { EMPTY_SNAPSHOT } from '../../../../src/shared/storage/snapshot';
import { ROAMING_QUOTA, roamingCharacters } from '../../../../src/shared/storage/roamingSize';
import { RECOVERY_KEY } from '../../../../src/shared/storage/recovery';
import { sectionPrefix } from '../../../../src/shared/storage/roamingCodec';
import { Mailbox, memoryJournal, openDevice } from '../../../fixtures/storeHarness';
import {
  SAMPLE_NOW,
  SAMPLE_SETTINGS,
  sampleFollowUp,
  sampleProfiles,
} from '../../../fixtures/storageSamples';

const people = sampleProfiles(5);
const followUp = (i: number): FollowUp => sampleFollowUp(i, people);
const DAY = 86_400_000;

function serverCharacters(mailbox: Mailbox): number {
  return JSON.stringify(mailbox.server).length;
}

describe('store writes', () => {
  it('stores follow-ups in roaming form: shortened subject, keys for long ids, whole minutes', () => {
    const { store } = openDevice(new Mailbox());
    const long = 'Re: '.concat('very long subject '.repeat(6));
    const result = store.upsertFollowUp({
      ...followUp(1),
      subject: long,
      sentAt: followUp(1).sentAt + 12_345,
      conversationId: 'AAQkAGI2-conversation',
      internetMessageId: '<abc@contoso.example>',
      sentItemId: 'AAMkAGI2-item',
    });
    expect(result.ok).toBe(true);
    const stored = store.followUp(followUp(1).id)!;
    expect(stored.subject).toHaveLength(48);
    expect(stored.subject.endsWith('…')).toBe(true);
    expect(stored.sentAt).toBe(followUp(1).sentAt);
    expect(stored).toMatchObject({
      conversationKey: idKey('AAQkAGI2-conversation'),
      messageKey: idKey('<abc@contoso.example>'),
    });
    expect(stored.conversationId).toBeUndefined();
    expect(stored.sentItemId).toBeUndefined();
    expect(store.followUpsByConversation('AAQkAGI2-conversation').map((f) => f.id)).toEqual([followUp(1).id]);
  });

  it('refuses invalid records with a message naming the field, and stores nothing', () => {
    const { store } = openDevice(new Mailbox());
    const result = store.upsertFollowUp({ ...followUp(1), sentAt: Date.UTC(1999, 0, 1) });
    expect(result).toMatchObject({ ok: false, reason: { kind: 'invalid' } });
    expect(result.ok ? '' : result.reason.message).toContain('sentAt');
    expect(store.followUps()).toEqual([]);
    const profile = store.upsertProfile({ ...people[0]!, bestTimes: [{ start: 0, end: 2000 }] });
    expect(profile.ok ? '' : profile.reason.message).toMatch(/bestTimes\[0\]/);
    expect(store.deleteFollowUp('nope')).toMatchObject({ ok: false, reason: { kind: 'notFound' } });
  });

  it('keys profiles by lower-case email and returns stable arrays between changes', () => {
    const { store } = openDevice(new Mailbox());
    store.upsertProfile({ ...people[0]!, email: 'Ana.K@Contoso.Example' });
    expect(store.profile('ana.k@contoso.example')?.email).toBe('ana.k@contoso.example');
    expect(store.profiles()).toBe(store.profiles());
    const before = store.profiles();
    store.deleteProfile('ANA.K@contoso.example');
    expect(store.profiles()).not.toBe(before);
    expect(store.profiles()).toEqual([]);
  });
});

describe('quota', () => {
  /** Settings whose templates hold `length` characters in all. */
  function bigSettings(length: number): Settings {
    const per = Math.ceil(length / 9);
    const templates: Record<string, string> = {};
    [
      'reminder1',
      'reminder2',
      'switchTask',
      'thankYou',
      'callScript',
      'callRecap',
      'meetingRecap',
      'preferencesRequest',
      'reengage',
    ].forEach((id, i) => (templates[id] = 'x'.repeat(Math.max(0, Math.min(per, length - i * per)))));
    return { ...SAMPLE_SETTINGS, templates };
  }

  /** Characters the dense packing stores for settings with templates of `length` characters. */
  function charactersFor(length: number): number {
    const values = roamingEncode(
      { ...EMPTY_SNAPSHOT, settings: { value: bigSettings(length), stamp: 1 } },
      'd',
    );
    if (!values.ok) throw new Error(values.reason);
    return roamingCharacters(values.value);
  }

  /** Template lengths giving exactly quota - 1, quota and quota + 1 characters (ASCII cannot fit these). */
  function lengthsAroundQuota(): Map<number, number> {
    // Size grows linearly (7 bits per template character, 14 bits per stored character): interpolate, then scan.
    const [x0, x1] = [60_000, 80_000];
    const [y0, y1] = [charactersFor(x0), charactersFor(x1)];
    const guess = Math.round(x0 + ((ROAMING_QUOTA - y0) * (x1 - x0)) / (y1 - y0));
    const found = new Map<number, number>();
    for (let length = guess - 12; found.size < 3 && length < guess + 12; length += 1) {
      const characters = charactersFor(length);
      if (Math.abs(characters - ROAMING_QUOTA) <= 1 && !found.has(characters)) found.set(characters, length);
    }
    return found;
  }

  const lengths = lengthsAroundQuota();

  it.each([
    ['one below', ROAMING_QUOTA - 1],
    ['exactly at', ROAMING_QUOTA],
  ])('saves data %s the limit, and Outlook (workbench runtime) accepts it', async (_, characters) => {
    const mailbox = new Mailbox();
    const { store } = openDevice(mailbox);
    expect(store.updateSettings(bigSettings(lengths.get(characters)!)).ok).toBe(true);
    expect(await store.flush()).toMatchObject({ status: 'saved' });
    expect(
      roamingCharacters(
        Object.fromEntries(Object.entries(mailbox.server).map(([k, v]) => [k, JSON.parse(v) as unknown])),
      ),
    ).toBe(characters);
    expect(serverCharacters(mailbox)).toBe(characters);
  });

  it('refuses a write one character above the limit with an actionable message, dropping nothing', async () => {
    const mailbox = new Mailbox();
    const { store } = openDevice(mailbox);
    const small = { ...SAMPLE_SETTINGS, retentionDays: 12 };
    store.updateSettings(small);
    await store.flush();
    const before = { ...mailbox.server };
    const result = store.updateSettings(bigSettings(lengths.get(ROAMING_QUOTA + 1)!));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatchObject({
      kind: 'quota',
      characters: ROAMING_QUOTA + 1,
      quota: ROAMING_QUOTA,
    });
    expect(result.reason.message).toContain('needs 32,769 of the 32,768 characters');
    expect(result.reason.message).toContain('shorten your custom templates');
    expect(store.settings()).toEqual(small);
    expect(mailbox.server).toEqual(before);
    expect(store.saveState()).toMatchObject({ status: 'saved', pending: false });
  });

  it('found template lengths for all three edges', () => {
    expect([...lengths.keys()].sort()).toEqual([ROAMING_QUOTA - 1, ROAMING_QUOTA, ROAMING_QUOTA + 1]);
  });

  it('never removes active follow-ups to make room: the write is refused instead', () => {
    const probe = openDevice(new Mailbox());
    probe.store.upsertFollowUp(followUp(1));
    const one = roamingEncode(
      {
        ...EMPTY_SNAPSHOT,
        followUps: new Map([[followUp(1).id, { value: probe.store.followUp(followUp(1).id)!, stamp: 1 }]]),
      },
      'd',
    );
    if (!one.ok) throw new Error(one.reason);
    const quota = roamingCharacters(one.value);
    const { store } = openDevice(new Mailbox(), memoryJournal(), { quota: quota + 5 });
    expect(store.upsertFollowUp(followUp(1)).ok).toBe(true);
    const refused = store.upsertFollowUp(followUp(2));
    expect(refused).toMatchObject({ ok: false, reason: { kind: 'quota' } });
    if (!refused.ok)
      expect(refused.reason.message).toContain('stop or finish follow-ups you no longer need (2 use');
    expect(store.followUps().map((f) => f.id)).toEqual([followUp(1).id]);
  });
});

describe('compaction', () => {
  const finished = (i: number, finishedAt: number): FollowUp => ({
    ...followUp(i),
    sentAt: finishedAt - DAY,
    steps: [],
    state: 'replied',
    history: [
      { at: finishedAt - DAY, kind: 'sent', note: 'sent with a long note '.repeat(4) },
      { at: finishedAt, kind: 'reply', note: 'reply from the contact' },
    ],
  });

  it('removes finished follow-ups after the retention period, keeps active ones and recent finished ones', () => {
    const { store, clock } = openDevice(new Mailbox());
    store.upsertFollowUp(finished(1, SAMPLE_NOW - 40 * DAY)); // retention 30 days: over
    store.upsertFollowUp(finished(2, SAMPLE_NOW - 10 * DAY));
    store.upsertFollowUp({ ...followUp(3), sentAt: SAMPLE_NOW - 400 * DAY }); // old but active
    expect(store.followUp(followUp(1).id)).toBeUndefined();
    clock.time += 25 * DAY;
    const removed = store.compactNow();
    expect(removed).toMatchObject({ ok: true, value: { expired: [followUp(2).id] } });
    expect(store.followUps().map((f) => f.id)).toEqual([followUp(3).id]);
  });

  it('treats noAnswer as finished only once its re-engagement is past', () => {
    const { store } = openDevice(new Mailbox());
    const base = { ...followUp(1), sentAt: SAMPLE_NOW - 100 * DAY, state: 'noAnswer' as const, history: [] };
    const reengage = {
      kind: 'reengage' as const,
      channel: 'email' as const,
      status: 'planned' as const,
      relaxed: [],
    };
    store.upsertFollowUp({ ...base, steps: [{ ...reengage, dueAt: SAMPLE_NOW + DAY }] });
    expect(store.followUps()).toHaveLength(1);
    store.upsertFollowUp({ ...base, steps: [{ ...reengage, dueAt: SAMPLE_NOW - 50 * DAY }] });
    expect(store.followUps()).toHaveLength(0);
  });

  it('reports usage by kind that adds up to the characters Outlook counts', () => {
    const mailbox = new Mailbox();
    const { store } = openDevice(mailbox);
    store.upsertProfile(people[0]!);
    store.upsertFollowUp({ ...followUp(1), history: [{ at: SAMPLE_NOW, kind: 'sent', note: 'hello' }] });
    store.updateSettings(SAMPLE_SETTINGS);
    const usage = store.usage()!;
    const { followUps, history, profiles, settings, overhead } = usage.byKind;
    expect(followUps + history + profiles + settings + overhead).toBe(usage.characters);
    expect(Math.min(followUps, history, profiles, settings, overhead)).toBeGreaterThan(0);
    expect(usage).toMatchObject({
      quota: ROAMING_QUOTA,
      packing: 'a',
      counts: { followUps: 1, profiles: 1, tombstones: 0 },
    });
  });
});

/** Lets the runtime's callbacks (answered on later tasks, as Office does) run until `condition` holds. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('save path', () => {
  it('retries a 9019 with growing delays on the timers, keeps the change meanwhile, then saves', async () => {
    const mailbox = new Mailbox();
    mailbox.failNext = 2;
    const device = openDevice(mailbox);
    const states: string[] = [];
    device.store.subscribe(() => states.push(device.store.saveState().status));
    device.store.upsertFollowUp(followUp(1));
    await until(() => device.store.saveState().status === 'retrying');
    expect(device.store.saveState()).toMatchObject({
      status: 'retrying',
      pending: true,
      attempt: 1,
      retryInMs: 2000,
    });
    expect(device.store.saveState().reason).toContain('9019');
    expect(device.timers.delays).toEqual([2000]);
    expect(device.journal.text).toContain('reachplan-journal');
    device.timers.runAll();
    await until(() => device.timers.delays.length > 0);
    expect(device.timers.delays).toEqual([5000]);
    device.timers.runAll();
    expect(await device.store.flush()).toMatchObject({ status: 'saved', pending: false });
    expect(mailbox.saves).toBe(1);
    expect(states).toEqual(expect.arrayContaining(['saving', 'retrying', 'saved']));
  });

  it('coalesces changes made while a save is in flight into one more save', async () => {
    const mailbox = new Mailbox();
    const { store } = openDevice(mailbox);
    store.upsertFollowUp(followUp(1));
    store.upsertFollowUp(followUp(2));
    store.upsertFollowUp(followUp(3));
    await store.flush();
    expect(mailbox.saves).toBe(2);
    expect(openDevice(mailbox, memoryJournal()).store.followUps()).toHaveLength(3);
  });
});

describe('damaged or foreign roaming data', () => {
  it('keeps intact records, reports the loss, and quarantines the raw data under the recovery key', async () => {
    const mailbox = new Mailbox();
    const seed = openDevice(mailbox);
    for (const i of [1, 2, 3]) seed.store.upsertFollowUp(followUp(i));
    await seed.store.flush();
    const value = JSON.parse(mailbox.server[ROAMING_KEYS.followUps]!) as string;
    const records = value.split('~');
    records[1] = `${records[1]!.slice(0, -2)}zz`;
    mailbox.server[ROAMING_KEYS.followUps] = JSON.stringify(records.join('~'));

    const device = openDevice(mailbox);
    expect(device.report.roaming.status).toBe('damaged');
    expect(device.report.roaming.lost).toEqual([
      { section: 'followUps', count: 1, reason: 'damaged (checksum or structure)' },
    ]);
    expect(device.store.followUps()).toHaveLength(2);
    device.store.upsertFollowUp(followUp(4));
    await device.store.flush();
    expect(JSON.parse(mailbox.server[RECOVERY_KEY]!)).toContain(records[1]);
    const later = openDevice(mailbox);
    expect(later.report.recovery).toMatchObject({ since: SAMPLE_NOW });
    expect(later.store.followUps()).toHaveLength(3);
  });

  it('goes read-only on data from a newer ReachPlan and never overwrites it', async () => {
    const mailbox = new Mailbox();
    mailbox.server = { [ROAMING_KEYS.followUps]: JSON.stringify(`${sectionPrefix(2, 'a')}~whatever`) };
    const device = openDevice(mailbox);
    expect(device.report.readOnly).toContain('newer version');
    const result = device.store.upsertFollowUp(followUp(1));
    expect(result).toMatchObject({ ok: false, reason: { kind: 'readOnly' } });
    expect(await device.store.flush()).toMatchObject({ status: 'saved' });
    expect(mailbox.saves).toBe(0);
  });

  it('replaces values that are not ours, keeping them under the recovery key', async () => {
    const mailbox = new Mailbox();
    mailbox.server = { [ROAMING_KEYS.header]: JSON.stringify({ theme: 'dark' }) };
    const device = openDevice(mailbox);
    expect(device.report.roaming.status).toBe('notOurs');
    device.store.upsertFollowUp(followUp(1));
    await device.store.flush();
    expect(JSON.parse(mailbox.server[RECOVERY_KEY]!)).toContain('"theme":"dark"');
    expect(openDevice(mailbox).store.followUps()).toHaveLength(1);
  });
});

describe('item records and repair', () => {
  it('repairs a missing or older index entry from the message, and leaves a newer index alone', () => {
    const { store, clock } = openDevice(new Mailbox());
    const full = { ...followUp(1), conversationId: 'conv-1' };
    store.upsertFollowUp(full);
    expect(store.itemRecord({ ...full, subject: 'not what is stored' })).toMatchObject({
      ok: false,
      reason: { kind: 'invalid' },
    });
    const record = store.itemRecord(full);
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    expect(store.repairFromItem(record.value.text)).toEqual({ kind: 'current' });

    const other = openDevice(new Mailbox());
    expect(other.store.repairFromItem(record.value.text)).toMatchObject({ kind: 'repaired', was: 'missing' });
    expect(other.store.followUp(followUp(1).id)?.conversationKey).toBe(idKey('conv-1'));

    clock.time += 60_000;
    store.upsertFollowUp({ ...followUp(1), state: 'replied' });
    expect(store.repairFromItem(record.value.text)).toMatchObject({ kind: 'indexNewer' });
    const newer = store.itemRecord(store.followUp(followUp(1).id)!);
    if (!newer.ok) throw new Error('encode');
    expect(other.store.repairFromItem(newer.value.text)).toMatchObject({ kind: 'repaired', was: 'older' });
    expect(other.store.followUp(followUp(1).id)?.state).toBe('replied');
  });

  it('stamps a record for a follow-up roaming settings refused, which restores it once there is room', () => {
    const mailbox = new Mailbox();
    const full = openDevice(mailbox, undefined, { quota: 60 });
    expect(full.store.upsertFollowUp(followUp(3)).ok).toBe(false);
    const record = full.store.itemRecord(followUp(3));
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    expect(full.store.followUp(followUp(3).id)).toBeUndefined();
    const roomy = openDevice(mailbox);
    expect(roomy.store.repairFromItem(record.value.text)).toMatchObject({ kind: 'repaired', was: 'missing' });
    expect(roomy.store.followUp(followUp(3).id)?.subject).toBe(followUp(3).subject.trim());
  });

  it('does not resurrect a deleted or long-finished follow-up, and rejects a damaged record', () => {
    const { store, clock } = openDevice(new Mailbox());
    store.upsertFollowUp(followUp(1));
    const record = store.itemRecord(followUp(1));
    if (!record.ok) throw new Error('encode');
    clock.time += 60_000;
    store.deleteFollowUp(followUp(1).id);
    expect(store.repairFromItem(record.value.text)).toEqual({ kind: 'deleted' });

    const old = { ...followUp(2), sentAt: SAMPLE_NOW - 90 * DAY, state: 'stopped' as const, steps: [] };
    const encoded = itemRecordEncode(old, 5);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(store.repairFromItem(encoded.value.text)).toMatchObject({ kind: 'archived' });
    expect(store.followUp(old.id)).toBeUndefined();

    const last = encoded.value.text.slice(-1) === '!' ? '#' : '!';
    expect(store.repairFromItem(`${encoded.value.text.slice(0, -1)}${last}`)).toEqual({
      kind: 'invalid',
      reason: 'the message record is damaged',
    });
    expect(store.repairFromItem(undefined)).toMatchObject({ kind: 'invalid' });
  });
});
