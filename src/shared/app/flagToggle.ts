/**
 * "Remind me if no reply" while composing: the first press flags the message (a token and the
 * default ladder in its custom properties) and shows when the first reminder would come; a second
 * press cancels. Every outcome is shown on the message; a failure says what to do.
 */
import { localTimeFormat } from '../domain/localTimeFormat';
import {
  ItemPropertiesFullError,
  type ComposeItemPort,
  type ItemPropertiesPort,
  type NotifierPort,
  type RandomPort,
} from '../ports';
import type { Store } from '../storage/store';
import { appStrings, personShortName } from './appStrings';
import { COMPOSE_PROPERTY, composeStateDecode, composeStateEncode, type ComposeState } from './composeState';
import { followUpToken } from './followUpToken';
import { planPreview } from './planPreview';

export const FLAG_NOTICE_KEY = 'rp-flag';

export interface FlagDeps {
  readonly props: ItemPropertiesPort;
  readonly compose: ComposeItemPort;
  readonly store: Store;
  readonly notifier: NotifierPort;
  readonly random: RandomPort;
  readonly userEmail: string;
}

export type FlagOutcome =
  | { readonly kind: 'flagged'; readonly token: string; readonly message: string }
  | { readonly kind: 'cancelled'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function flaggedMessage(deps: FlagDeps, state: ComposeState, now: number): Promise<string> {
  const flag = state.flag;
  if (!flag) return appStrings.flaggedOnSend;
  const recipients = await deps.compose.recipients();
  if (recipients.to.length + recipients.cc.length === 0) return appStrings.flaggedOnSend;
  const settings = deps.store.settings();
  const preview = planPreview(recipients, deps.userEmail, flag.ladder, now, settings, (e) =>
    deps.store.profile(e),
  );
  // Recipients, but nobody who can be waited for (no address, only yourself): say so now, not at send.
  if (!preview.ok) return appStrings.flaggedNobody(preview.reason.replace(/^recipients: /, ''));
  const first = preview.value.plan.steps[0];
  const contact = preview.value.selection.contact ?? preview.value.selection.tracked[0];
  if (!first || !contact) return appStrings.flaggedNoPlan(appStrings.movedOnNoPlan);
  const { tracked, ignored } = preview.value.selection;
  const overLimit = ignored.filter((i) => i.reason === 'overLimit').length;
  const noAddress = ignored.filter((i) => i.reason === 'noAddress').length;
  const note =
    (overLimit > 0 ? appStrings.flaggedSome(tracked.length, tracked.length + overLimit) : '') +
    (noAddress > 0 ? appStrings.flaggedNoAddress(noAddress) : '');
  return appStrings.flagged(
    localTimeFormat(settings.user.timeZone, first.dueAt),
    personShortName(contact.name, contact.email),
    note,
  );
}

/** Toggles the flag on the message being composed. Never throws. */
export async function flagToggle(deps: FlagDeps, now: number): Promise<FlagOutcome> {
  try {
    const current = composeStateDecode(await deps.props.get(COMPOSE_PROPERTY));
    if (current.flag) {
      const { flag: _removed, ...rest } = current;
      await deps.props.set(COMPOSE_PROPERTY, composeStateEncode(rest));
      // Classic Outlook keeps properties only once the draft is saved: save the cancellation too.
      await deps.compose.save().catch(() => undefined);
      await deps.notifier.show(FLAG_NOTICE_KEY, {
        kind: 'info',
        message: appStrings.unflagged,
        persistent: false,
      });
      return { kind: 'cancelled', message: appStrings.unflagged };
    }
    const token = followUpToken(deps.random);
    const next: ComposeState = {
      ...current,
      flag: { token, ladder: deps.store.settings().defaultLadder, at: now },
    };
    await deps.props.set(COMPOSE_PROPERTY, composeStateEncode(next));
    // Saving the draft keeps the flag in classic Outlook and gives a new message its conversation id.
    await deps.compose.save().catch(() => undefined);
    let message: string = appStrings.flaggedOnSend;
    try {
      message = await flaggedMessage(deps, next, now);
    } catch {
      // The flag is set; only the preview failed (recipients unreadable): say the plan comes at send.
    }
    await deps.notifier.show(FLAG_NOTICE_KEY, { kind: 'info', message, persistent: true });
    return { kind: 'flagged', token, message };
  } catch (error: unknown) {
    const message =
      error instanceof ItemPropertiesFullError
        ? appStrings.flagFull(error.characters, error.quota)
        : appStrings.flagFailed(reason(error));
    await deps.notifier.show(FLAG_NOTICE_KEY, { kind: 'error', message }).catch(() => undefined);
    return { kind: 'failed', message };
  }
}
