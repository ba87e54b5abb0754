/**
 * "Always send the last email": after the contact replied, a short thank-you that closes the loop.
 * On the contact's reply itself it is a reply all (Outlook quotes their answer); anywhere else a new
 * message to the tracked recipients with "RE:" and the subject.
 */
import { historyAppend } from '../domain/followUpHistory';
import type { Instant } from '../domain/types';
import type { FormsPort, ItemSummary } from '../ports';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Store } from '../storage/store';
import { replySubject, templateDraft } from './templateDraft';
import { templatePerson } from './templatePerson';

export interface ThankYouDeps {
  readonly store: Store;
  readonly forms: FormsPort;
  readonly userName: string;
}

/** True when `item` is a message from one of the follow-up's recipients (their reply). */
function isTheirReply(recipients: readonly { email: string }[], item: ItemSummary | null): boolean {
  const from = item?.mode === 'read' ? item.from?.emailAddress.trim().toLowerCase() : undefined;
  return !!from && recipients.some((r) => r.email.toLowerCase() === from);
}

/** Opens the thank-you draft for follow-up `id`. */
export function thankYouDraft(
  deps: ThankYouDeps,
  id: string,
  currentItem: ItemSummary | null,
  now: Instant,
): Result<'replyAll' | 'newMessage'> {
  const followUp = deps.store.followUp(id);
  if (!followUp)
    return fail('this follow-up is no longer stored (it may have been removed on another device)');
  const reply = isTheirReply(followUp.recipients, currentItem);
  const opened = templateDraft(
    deps.forms,
    'thankYou',
    { ...templatePerson(followUp.recipients[0], deps.userName), subject: followUp.subject },
    deps.store.settings().templates,
    reply
      ? { kind: 'replyAll' }
      : {
          kind: 'newMessage',
          to: followUp.recipients.map((r) => ({ displayName: r.name, emailAddress: r.email })),
          subject: replySubject(followUp.subject),
        },
  );
  if (!opened.ok) return opened;
  deps.store.upsertFollowUp({
    ...followUp,
    history: historyAppend(followUp.history, now, 'drafted', 'thank-you opened'),
  });
  return ok(reply ? 'replyAll' : 'newMessage');
}
