/**
 * OnMessageSend. For a flagged message: plan the ladder with the final recipients and subject, store
 * the follow-up (roaming settings) and its record on the message (custom properties), then send.
 * For a message in a tracked conversation: the user just followed up, so the next email step is done
 * and the ladder re-plans from now. The one-time alerts (bad news → call; offer to track) block the
 * first send with Smart Alerts, where the user can always send anyway.
 * Never blocks a send because of a fault of ours: every failure allows the send.
 */
import { sendAsks } from '../domain/coach/sendAsks';
import { sendCallDecision } from '../domain/coach/sendCallDecision';
import { followUpCreate } from '../domain/followUpCreate';
import { followUpStepDone } from '../domain/followUpStepAction';
import { recipientsTrack } from '../domain/recipientsTrack';
import type { FollowUp, Instant } from '../domain/types';
import { htmlText } from '../domain/coach/htmlText';
import type { ComposeItemPort, ItemPropertiesPort, Recipient, SentCopyCachePort } from '../ports';
import type { Store } from '../storage/store';
import { appStrings, personShortName } from './appStrings';
import { COMPOSE_PROPERTY, composeStateDecode, composeStateEncode, type ComposeState } from './composeState';
import { itemRecordWrite } from './itemRecordWrite';
import { contactFirst } from './planPreview';
import { subjectContinues } from './subjectContinues';
import { planContextOf } from './planContextOf';

/** Manifest control ids the alerts' buttons run. */
export const COMMAND_IDS = { remind: 'RemindIfNoReplyButton', composePane: 'ComposeTaskpaneButton' } as const;

export interface SendDeps {
  readonly props: ItemPropertiesPort;
  readonly compose: ComposeItemPort;
  readonly store: Store;
  readonly userEmail: string;
  /** This device's memory of sent messages (absent where the runtime has no storage). */
  readonly sentCopies?: SentCopyCachePort;
  /**
   * Which Smart Alerts buttons this client can give a command (event.completed's commandId): a task
   * pane from Mailbox 1.14, a function command from 1.15. Without one the alert has no extra button and
   * its text says what to press instead. Both assumed when absent.
   */
  readonly alertButtons?: { readonly pane: boolean; readonly command: boolean };
}

/** Characters of the message's text this device keeps to quote in a reminder. */
export const EXCERPT_MAX = 1500;

export interface SendAlert {
  readonly errorMessage: string;
  /** The button (with its label) only where the client supports one (alertButtons). */
  readonly cancelLabel?: string;
  readonly commandId?: string;
  readonly contextData?: string;
}

export type SendDecision =
  | {
      readonly allow: true;
      /** The follow-up created for a flagged message. */
      readonly committed?: FollowUp;
      /** Follow-ups whose next email step this message fulfils. */
      readonly followedUp?: readonly FollowUp[];
      /** What went wrong on our side (never shown as a block). */
      readonly notes: readonly string[];
    }
  | {
      readonly allow: false;
      readonly reason: 'callSuggestion' | 'offerTracking' | 'untrackable';
      readonly alert: SendAlert;
    };

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function remember(deps: SendDeps, state: ComposeState): Promise<boolean> {
  try {
    await deps.props.set(COMPOSE_PROPERTY, composeStateEncode(state));
    return true;
  } catch {
    return false;
  }
}

async function commitFlagged(
  deps: SendDeps,
  state: ComposeState & { flag: NonNullable<ComposeState['flag']> },
  recipients: { to: readonly Recipient[]; cc: readonly Recipient[] },
  now: Instant,
  notes: string[],
): Promise<FollowUp | undefined> {
  const selection = recipientsTrack(recipients.to, recipients.cc, deps.userEmail);
  if (!selection.ok) {
    notes.push(`not tracked: ${selection.reason}`);
    return undefined;
  }
  for (const note of selection.value.notes) notes.push(note);
  const [subject, conversationId] = await Promise.all([
    deps.compose.subject(),
    deps.compose.conversationId().catch(() => null),
  ]);
  const ordered = contactFirst(selection.value);
  const created = followUpCreate(
    {
      id: state.flag.token,
      subject,
      recipients: ordered,
      sentAt: now,
      ladder: state.flag.ladder,
      ...(conversationId ? { conversationId } : {}),
    },
    planContextOf(deps.store, { recipients: ordered }),
  );
  if (!created.ok) {
    notes.push(`not planned: ${created.reason}`);
    return undefined;
  }
  const followUp = created.value.followUp;
  if (deps.sentCopies) {
    const body = await deps.compose.body().catch(() => null);
    const text = body ? (body.format === 'html' ? htmlText(body.text).text : body.text).trim() : '';
    deps.sentCopies.put(followUp.id, {
      ...(conversationId ? { conversationId } : {}),
      ...(text ? { excerpt: text.slice(0, EXCERPT_MAX) } : {}),
    });
  }
  const stored = deps.store.upsertFollowUp(followUp);
  if (!stored.ok) notes.push(`roaming settings refused the follow-up: ${stored.reason.message}`);
  const record = deps.store.itemRecord(followUp);
  if (record.ok) {
    // The message carries its own record: if roaming settings lose the follow-up, the pane restores it.
    await itemRecordWrite(deps.props, record.value.text).catch((error: unknown) => {
      notes.push(`the message's own record was not saved: ${message(error)}`);
    });
  } else {
    notes.push(`the message's own record could not be written: ${record.reason.message}`);
  }
  return followUp;
}

/**
 * Marks the next planned email step done for the follow-ups this message continues: the same
 * conversation, or (a reminder drafted as a new message when the sent copy could not be opened, a
 * reply whose subject was edited) the tracked subject under "RE:" to a tracked recipient.
 */
function followUpsContinued(
  deps: SendDeps,
  conversationId: string | null,
  subject: string,
  recipients: { to: readonly Recipient[]; cc: readonly Recipient[] },
  now: Instant,
  notes: string[],
): FollowUp[] {
  const addresses = new Set([...recipients.to, ...recipients.cc].map((r) => r.emailAddress.toLowerCase()));
  const inConversation = conversationId ? deps.store.followUpsByConversation(conversationId) : [];
  const bySubject = deps.store
    .followUps()
    .filter((f) => !inConversation.includes(f) && subjectContinues(subject, f.subject));
  const updated: FollowUp[] = [];
  for (const followUp of [...inConversation, ...bySubject]) {
    if (followUp.state !== 'waiting') continue;
    if (!followUp.recipients.some((r) => addresses.has(r.email.toLowerCase()))) continue;
    const index = followUp.steps.findIndex((s) => s.status === 'planned');
    const step = followUp.steps[index];
    if (!step || step.channel !== 'email') continue;
    const done = followUpStepDone(
      followUp,
      index,
      now,
      planContextOf(deps.store, followUp),
      'sent from Outlook',
    );
    if (!done.ok) continue;
    const stored = deps.store.upsertFollowUp(done.value.followUp);
    if (stored.ok) updated.push(done.value.followUp);
    else notes.push(`follow-up ${followUp.id} not updated: ${stored.reason.message}`);
  }
  return updated;
}

/** Decides what happens when the user presses Send. Never throws. */
export async function sendCommit(deps: SendDeps, now: Instant): Promise<SendDecision> {
  const notes: string[] = [];
  try {
    const state = composeStateDecode(await deps.props.get(COMPOSE_PROPERTY).catch(() => undefined));
    const recipients = await deps.compose.recipients();
    const settings = deps.store.settings();
    const buttons = deps.alertButtons ?? { pane: true, command: true };

    if (settings.badNewsAlert && !state.callSuggested) {
      const [subject, body] = await Promise.all([deps.compose.subject(), deps.compose.body()]);
      const first = recipients.to[0];
      const contact = first ? (deps.store.profile(first.emailAddress) ?? null) : null;
      const decision = sendCallDecision({
        subject,
        body: body.text,
        bodyFormat: body.format,
        badNewsAlert: true,
        alreadySuggested: false,
        contact,
      });
      // Show it only once it is remembered: a message must never be stopped twice for the same reason.
      if (decision.suggest && (await remember(deps, { ...state, callSuggested: true }))) {
        return {
          allow: false,
          reason: 'callSuggestion',
          alert: buttons.pane
            ? { ...decision.alert, commandId: COMMAND_IDS.composePane }
            : { errorMessage: decision.alert.errorMessage },
        };
      }
    }

    if (state.flag) {
      const selection = recipientsTrack(recipients.to, recipients.cc, deps.userEmail);
      // Flagged, but nobody can be waited for: say so once (Send Anyway sends it untracked).
      if (
        !selection.ok &&
        !state.untrackableShown &&
        (await remember(deps, { ...state, untrackableShown: true }))
      ) {
        return {
          allow: false,
          reason: 'untrackable',
          alert: { errorMessage: appStrings.untrackable(selection.reason.replace(/^recipients: /, '')) },
        };
      }
      const committed = await commitFlagged(deps, { ...state, flag: state.flag }, recipients, now, notes);
      return { allow: true, ...(committed ? { committed } : {}), notes };
    }

    const [conversationId, subject] = await Promise.all([
      deps.compose.conversationId().catch(() => null),
      deps.compose.subject().catch(() => ''),
    ]);
    const followedUp = followUpsContinued(deps, conversationId, subject, recipients, now, notes);
    if (followedUp.length > 0) return { allow: true, followedUp, notes };

    if (settings.offerTracking && !state.trackingOffered) {
      const own = domainOf(deps.userEmail);
      const external = recipients.to.find(
        (r) => r.emailAddress.includes('@') && domainOf(r.emailAddress) !== own,
      );
      if (external) {
        const [subject, body] = await Promise.all([deps.compose.subject(), deps.compose.body()]);
        const asks = sendAsks({ subject, body: body.text, bodyFormat: body.format });
        if (asks.asks && (await remember(deps, { ...state, trackingOffered: true }))) {
          const who = personShortName(external.displayName, external.emailAddress);
          return {
            allow: false,
            reason: 'offerTracking',
            alert: buttons.command
              ? {
                  errorMessage: appStrings.offerTracking(who),
                  cancelLabel: appStrings.offerTrackingLabel,
                  commandId: COMMAND_IDS.remind,
                }
              : { errorMessage: appStrings.offerTrackingNoButton(who) },
          };
        }
      }
    }
    return { allow: true, notes };
  } catch (error: unknown) {
    notes.push(`ReachPlan fault, message sent anyway: ${message(error)}`);
    return { allow: true, notes };
  }
}
