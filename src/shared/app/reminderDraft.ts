/**
 * "Draft reminder" for a due email step: a reply-all on the sent message when the pane is open on it
 * (Outlook quotes the original), otherwise a new message to the same people with "RE:" and the
 * original quoted from what this device kept (sent-copy cache). The step is marked done when the
 * draft is sent (OnMessageSend sees the tracked conversation) or when the user confirms it.
 */
import { historyAppend } from '../domain/followUpHistory';
import { htmlEscape } from '../domain/htmlEscape';
import type { TemplateValues } from '../domain/templatesPlaceholders';
import { templateRender, type RenderedTemplate } from '../domain/templatesRender';
import { templateTime } from '../domain/templatesFormat';
import type { FollowUp, Instant, TemplateId } from '../domain/types';
import type { FormsPort, ItemSummary, SentCopyCachePort } from '../ports';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { idKey } from '../storage/idKey';
import type { Store } from '../storage/store';
import { formsOpen } from './formsOpen';
import { replySubject } from './templateDraft';
import { templatePerson } from './templatePerson';

export interface DraftDeps {
  readonly store: Store;
  readonly forms: FormsPort;
  readonly userName: string;
  readonly userEmail: string;
  readonly sentCopies?: SentCopyCachePort;
}

export type DraftOutcome = 'replyAll' | 'newMessage';

/** Which template an email step uses: the first email reminder, a later one, or the re-engagement note. */
export function stepTemplate(
  followUp: FollowUp,
  index: number,
): Extract<TemplateId, 'reminder1' | 'reminder2' | 'reengage'> | undefined {
  const step = followUp.steps[index];
  if (!step || step.channel !== 'email') return undefined;
  if (step.kind === 'reengage') return 'reengage';
  const earlierEmails = followUp.steps
    .slice(0, index)
    .filter((s) => s.channel === 'email' && s.kind === 'reminder');
  return earlierEmails.length === 0 ? 'reminder1' : 'reminder2';
}

/** The reminder text for an email step (the user's own wording when they edited the template). */
export function reminderText(
  followUp: FollowUp,
  index: number,
  store: Store,
  userName: string,
): Result<RenderedTemplate> {
  const id = stepTemplate(followUp, index);
  if (!id) return fail('this step is not an email: it has no reminder text');
  const settings = store.settings();
  const values: TemplateValues<'reminder1'> = {
    ...templatePerson(followUp.recipients[0], userName),
    subject: followUp.subject,
    sentDate: templateTime(followUp.sentAt, settings.user.timeZone),
  };
  return ok(templateRender(id, values, settings.templates));
}

/** True when the open item is this follow-up's sent message. */
export function isSentCopy(
  followUp: FollowUp,
  item: ItemSummary | null,
  cached?: { itemId?: string },
): boolean {
  if (!item || item.mode !== 'read') return false;
  if (cached?.itemId && item.itemId === cached.itemId) return true;
  if (followUp.sentItemId && item.itemId === followUp.sentItemId) return true;
  if (item.internetMessageId && followUp.messageKey === idKey(item.internetMessageId)) return true;
  return false;
}

function quotedOriginal(
  followUp: FollowUp,
  zone: string,
  userName: string,
  excerpt: string | undefined,
): string {
  const header = [
    `From: ${userName}`,
    `Sent: ${templateTime(followUp.sentAt, zone)}`,
    `To: ${followUp.recipients.map((r) => r.name || r.email).join('; ')}`,
    `Subject: ${followUp.subject}`,
  ]
    .map((line) => htmlEscape(line))
    .join('<br>');
  const body = excerpt
    ? htmlEscape(excerpt).replace(/\r?\n/g, '<br>')
    : htmlEscape('(The original text is on the device that sent it; the subject above identifies it.)');
  return `<hr><p>${header}</p><blockquote>${body}</blockquote>`;
}

/** Opens the reminder draft for step `index`. */
export function reminderDraft(
  deps: DraftDeps,
  followUpId: string,
  index: number,
  currentItem: ItemSummary | null,
  now: Instant,
): Result<DraftOutcome> {
  const followUp = deps.store.followUp(followUpId);
  if (!followUp)
    return fail('this follow-up is no longer stored (it may have been removed on another device)');
  const step = followUp.steps[index];
  if (!step || step.status !== 'planned') return fail('this step is not planned any more');
  const text = reminderText(followUp, index, deps.store, deps.userName);
  if (!text.ok) return text;
  const cached = deps.sentCopies?.get(followUp.id);
  const onSentCopy = isSentCopy(followUp, currentItem, cached);
  const zone = deps.store.settings().user.timeZone;
  const opened = formsOpen('draft', () =>
    onSentCopy
      ? deps.forms.replyAll(text.value.html)
      : deps.forms.newMessage({
          to: followUp.recipients.map((r) => ({ displayName: r.name, emailAddress: r.email })),
          subject: replySubject(followUp.subject),
          htmlBody: `${text.value.html}${quotedOriginal(followUp, zone, deps.userName || deps.userEmail, cached?.excerpt)}`,
        }),
  );
  if (!opened.ok) return opened;
  const outcome: DraftOutcome = onSentCopy ? 'replyAll' : 'newMessage';
  deps.store.upsertFollowUp({
    ...followUp,
    history: historyAppend(
      followUp.history,
      now,
      'drafted',
      outcome === 'replyAll' ? 'reply all opened' : 'new message opened',
    ),
  });
  return ok(outcome);
}
