/** Follow-ups and items for the pane's component tests, made by the real core and store. */
import { planContextOf } from '../../../src/shared/app/planContextOf';
import { followUpCreate } from '../../../src/shared/domain/followUpCreate';
import type { FollowUp, TrackedRecipient } from '../../../src/shared/domain/types';
import type { ItemSummary } from '../../../src/shared/ports';
import { ITEM_PROPERTY } from '../../../src/shared/storage/itemRecord';
import type { Store } from '../../../src/shared/storage/store';
import { SAMPLE_NOW } from '../../fixtures/storageSamples';
import { PRIYA, USER } from '../shared/app/appFakes';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const NOW = SAMPLE_NOW;

export const PRIYA_TRACKED: TrackedRecipient = { email: PRIYA.emailAddress, name: PRIYA.displayName };

let counter = 0;

/** A follow-up planned by the core and stored, as if flagged and sent at `sentAt`. */
export function tracked(
  store: Store,
  options: { subject?: string; sentAt?: number; recipient?: TrackedRecipient; id?: string } = {},
): FollowUp {
  counter += 1;
  const recipients = [options.recipient ?? PRIYA_TRACKED];
  const created = followUpCreate(
    {
      id: options.id ?? `tok${String(counter).padStart(7, '0')}`.slice(0, 10),
      subject: options.subject ?? 'Proposal for Contoso',
      recipients,
      sentAt: options.sentAt ?? NOW,
      ladder: 'prompt',
      conversationId: `conv-${counter}`,
    },
    planContextOf(store, { recipients }),
  );
  if (!created.ok) throw new Error(created.reason);
  const stored = store.upsertFollowUp(created.value.followUp);
  if (!stored.ok) throw new Error(stored.reason.message);
  return store.followUp(created.value.followUp.id)!;
}

/** The sent copy of a follow-up in read mode, and the custom properties that carry its record. */
export function sentCopy(
  store: Store,
  followUp: FollowUp,
): { item: ItemSummary; properties: Record<string, string> } {
  const record = store.itemRecord(followUp);
  if (!record.ok) throw new Error(record.reason.message);
  return {
    item: {
      mode: 'read',
      subject: followUp.subject,
      to: followUp.recipients.map((r) => ({ displayName: r.name, emailAddress: r.email })),
      cc: [],
      from: { displayName: 'Dana Whitfield', emailAddress: USER },
      itemId: `AAMk-${followUp.id}`,
      conversationId: followUp.conversationId!,
      dateTimeCreated: followUp.sentAt,
    },
    properties: { [ITEM_PROPERTY]: record.value.text },
  };
}
