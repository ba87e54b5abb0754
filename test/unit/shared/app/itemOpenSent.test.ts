/** The sent copy without its record: committed at send but the record did not travel, or no properties at all. */
import { COMPOSE_PROPERTY } from '../../../../src/shared/app/composeState';
import { itemOpen } from '../../../../src/shared/app/itemOpen';
import type { ItemSummary } from '../../../../src/shared/ports';
import { ITEM_PROPERTY } from '../../../../src/shared/storage/itemRecord';
import { idKey } from '../../../../src/shared/storage/idKey';
import { SAMPLE_NOW } from '../../../fixtures/storageSamples';
import { PRIYA, USER, fakeContent, fakeNotifier, fakeProps, trackedProposal } from './appFakes';

const HOUR = 3_600_000;

function sentCopy(overrides: Partial<ItemSummary> = {}): ItemSummary {
  return {
    mode: 'read',
    subject: 'Proposal for Contoso',
    from: { displayName: 'Dana Whitfield', emailAddress: USER },
    to: [PRIYA],
    cc: [],
    conversationId: 'AAQk-sent-conversation',
    internetMessageId: '<sent-1@northwind.example>',
    dateTimeCreated: SAMPLE_NOW + HOUR,
    itemId: 'AAMk-sent-1',
    ...overrides,
  };
}

async function openOn(properties: Record<string, string>, item: ItemSummary, failSets?: Error) {
  const tracked = await trackedProposal({ flaggedAt: SAMPLE_NOW, sentAt: SAMPLE_NOW + HOUR });
  const props = fakeProps(properties);
  if (failSets) props.failNextSets(failSets);
  const notifier = fakeNotifier();
  const deps = {
    store: tracked.device.store,
    props: props.port,
    content: fakeContent({}, ''),
    notifier: notifier.port,
    capabilities: { internetHeaders: true },
    userEmail: USER,
  };
  const outcome = await itemOpen(deps, item, SAMPLE_NOW + 2 * HOUR);
  return { tracked, props, notifier, outcome, store: tracked.device.store };
}

describe('itemOpen on a sent copy without its record', () => {
  it('with the flag only (the record did not fit or failed): learns the copy, writes the record, shows the status', async () => {
    const flagOnly = (
      await trackedProposal({ flaggedAt: SAMPLE_NOW, sentAt: SAMPLE_NOW + HOUR })
    ).props.values.get(COMPOSE_PROPERTY)!;
    const { outcome, props, notifier, store } = await openOn({ [COMPOSE_PROPERTY]: flagOnly }, sentCopy());
    expect(outcome).toMatchObject({ kind: 'sent', repair: 'current' });
    expect(store.followUps()[0]).toMatchObject({ messageKey: idKey('<sent-1@northwind.example>') });
    expect(props.values.get(ITEM_PROPERTY)).toEqual(expect.stringMatching(/^I1a~/));
    expect(notifier.shown[0]?.notice.message).toMatch(/^ReachPlan: waiting for Priya\. Next: reminder/);
  });

  it('with no properties at all (dropped on the way to Sent Items): matched by subject, recipients and time', async () => {
    const { outcome, store, notifier } = await openOn({}, sentCopy());
    expect(outcome).toMatchObject({ kind: 'sent' });
    expect(store.followUps()[0]?.conversationKey).toBe(idKey('AAQk-sent-conversation'));
    expect(notifier.shown).toHaveLength(1);
  });

  it.each([
    ['another subject', { subject: 'Invoice' }],
    ['another recipient', { to: [{ displayName: 'Sam', emailAddress: 'sam@fabrikam.example' }] }],
    ['sent a day later', { dateTimeCreated: SAMPLE_NOW + 25 * HOUR }],
  ])('does not match a message with %s', async (_label, overrides) => {
    const { outcome, store } = await openOn({}, sentCopy(overrides));
    expect(outcome).toEqual({ kind: 'none' });
    expect(store.followUps()[0]?.messageKey).toBeUndefined();
  });

  it('says so when the message cannot carry its record (custom properties over budget), losing nothing', async () => {
    const { outcome, store } = await openOn(
      {},
      sentCopy(),
      new Error("The message's ReachPlan record needs 2,610 of the 2,500 characters Outlook allows"),
    );
    expect(outcome).toMatchObject({
      kind: 'sent',
      problem: expect.stringMatching(/cannot carry its ReachPlan record/) as string,
    });
    expect(store.followUps()).toHaveLength(1);
  });
});
