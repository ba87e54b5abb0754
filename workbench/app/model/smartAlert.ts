/**
 * What Outlook does when the OnMessageSend handler completes, runs long, times out or is unavailable
 * (L outlook/onmessagesend-onappointmentsend-events; SmartAlertsEventCompletedOptions in @types/office-js):
 * - allowEvent not false: the message is sent.
 * - allowEvent false: the Smart Alerts dialog titled with the add-in's name shows errorMessage (default
 *   "<add-in> is preventing this email from being sent."); "Don't Send" always; "Send Anyway" when the
 *   send mode is PromptUser (the manifest's, or sendModeOverride "promptUser"); "Take Action" (or
 *   cancelLabel) when commandId names a command: it cancels the send and runs that command.
 * - running past 5 s: "taking longer than expected"; PromptUser may Send Anyway, the others wait.
 * - time limit reached: PromptUser may Send Anyway or not; SoftBlock/Block must try again.
 * - add-in unavailable: PromptUser/SoftBlock may Send Anyway or try later; Block must try later.
 */
import type { SendMode } from '../../shared/addinManifest';

export const ERROR_MESSAGE_MAX = 500;
export const CANCEL_LABEL_MAX = 20;

export type SmartAlertButton = 'sendAnyway' | 'dontSend' | 'takeAction' | 'tryLater' | 'ok';

export interface SmartAlert {
  readonly kind: 'blocked' | 'longRunning' | 'timedOut' | 'unavailable';
  readonly title: string;
  readonly message: string;
  readonly buttons: readonly SmartAlertButton[];
  readonly takeAction?: {
    readonly label: string;
    readonly commandId: string;
    readonly contextData?: unknown;
  };
  /** What the add-in did wrong in its completed() call (shown in the device log, not by Outlook). */
  readonly problems: readonly string[];
}

export type SendDecision = { readonly send: true } | { readonly send: false; readonly alert: SmartAlert };

function optionsRecord(options: unknown): Record<string, unknown> {
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
}

/** The decision for completed(options) from an OnMessageSend handler. */
export function sendDecision(options: unknown, manifestMode: SendMode, addinName: string): SendDecision {
  const o = optionsRecord(options);
  if (o['allowEvent'] !== false) return { send: true };
  const problems: string[] = [];
  let message = typeof o['errorMessage'] === 'string' && o['errorMessage'] !== '' ? o['errorMessage'] : '';
  if (message.length > ERROR_MESSAGE_MAX) {
    problems.push(`errorMessage has ${message.length} characters; Outlook allows ${ERROR_MESSAGE_MAX}.`);
    message = message.slice(0, ERROR_MESSAGE_MAX);
  }
  const override = o['sendModeOverride'];
  if (override !== undefined && override !== 'promptUser') {
    problems.push(`sendModeOverride ${JSON.stringify(override)} is not supported; only "promptUser" is.`);
  }
  const mode: SendMode = override === 'promptUser' ? 'PromptUser' : manifestMode;
  const commandId = typeof o['commandId'] === 'string' && o['commandId'] !== '' ? o['commandId'] : undefined;
  let label =
    typeof o['cancelLabel'] === 'string' && o['cancelLabel'] !== '' ? o['cancelLabel'] : 'Take Action';
  if (label.length > CANCEL_LABEL_MAX) {
    problems.push(`cancelLabel has ${label.length} characters; Outlook allows ${CANCEL_LABEL_MAX}.`);
    label = label.slice(0, CANCEL_LABEL_MAX);
  }
  if (o['cancelLabel'] !== undefined && !commandId) {
    problems.push('cancelLabel without commandId has no effect in Outlook on the web.');
  }
  return {
    send: false,
    alert: {
      kind: 'blocked',
      title: addinName,
      message: message || `${addinName} is preventing this email from being sent.`,
      buttons: [
        ...(commandId ? (['takeAction'] as const) : []),
        ...(mode === 'PromptUser' ? (['sendAnyway'] as const) : []),
        'dontSend',
      ],
      ...(commandId ? { takeAction: { label, commandId, contextData: o['contextData'] } } : {}),
      problems,
    },
  };
}

/** The dialog while the handler runs past the long-running notice. */
export function longRunningAlert(mode: SendMode, addinName: string): SmartAlert {
  return {
    kind: 'longRunning',
    title: addinName,
    message: `${addinName} is taking longer than expected to check your message.`,
    buttons: mode === 'PromptUser' ? ['sendAnyway', 'dontSend'] : [],
    problems: [],
  };
}

/** The dialog when the handler reaches its time limit without completing. */
export function timedOutAlert(mode: SendMode, addinName: string): SmartAlert {
  return {
    kind: 'timedOut',
    title: addinName,
    message:
      mode === 'PromptUser'
        ? `${addinName} couldn't finish checking your message in time. You can send it anyway or not send it yet.`
        : `${addinName} couldn't finish checking your message in time. Select Send to try again.`,
    buttons: mode === 'PromptUser' ? ['sendAnyway', 'dontSend'] : ['ok'],
    problems: [],
  };
}

/** The dialog when the add-in could not run (its page failed, or the handler is not registered). */
export function unavailableAlert(mode: SendMode, addinName: string, reason: string): SmartAlert {
  return {
    kind: 'unavailable',
    title: addinName,
    message: `${addinName} is unavailable and couldn't check your message.`,
    buttons: mode === 'Block' ? ['tryLater'] : ['sendAnyway', 'tryLater'],
    problems: [reason],
  };
}
