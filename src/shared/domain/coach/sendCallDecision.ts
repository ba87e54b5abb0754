/**
 * Send path, "bad news → call": the decision the OnMessageSend handler makes. When the message reads
 * as an apology, a complaint answer, a missed delivery or other bad news, it returns the Smart Alert to
 * show (once per message: the caller keeps that state and passes it in).
 * Limits (SmartAlertsEventCompletedOptions in @types/office-js): errorMessage ≤ 500 characters, cancelLabel ≤ 20;
 * contextData reaches the task pane through getInitializationContextAsync (a string on older Windows builds).
 */
import type { ContactProfile } from '../types';
import { badNewsDetect, badNewsLabel, type BadNewsVerdict } from './badNewsDetect';
import { callAdvice, callContact } from './callContact';
import type { BodyFormat } from './coachTypes';
import { EN_SEND } from './lang/enSend';
import type { SendLexicon } from './lexicon';
import { messageText } from './messageText';

export const ALERT_MESSAGE_MAX = 500;
export const ALERT_LABEL_MAX = 20;

export interface SendCallInput {
  readonly subject: string;
  readonly body: string;
  readonly bodyFormat: BodyFormat;
  /** Settings.badNewsAlert. */
  readonly badNewsAlert: boolean;
  /** The caller's once-per-message state: true when this message already got the suggestion. */
  readonly alreadySuggested: boolean;
  /** The profile of the person the message is to, when ReachPlan knows them. */
  readonly contact?: ContactProfile | null;
}

/** What the handler passes to event.completed (with allowEvent: false, its commandId and PromptUser). */
export interface CallAlert {
  readonly errorMessage: string;
  readonly cancelLabel: string;
  /** JSON for the task pane: {"coach":"callSuggestion","kinds":[…]}. */
  readonly contextData: string;
}

export type SendCallDecision =
  | { readonly suggest: false; readonly why: 'settingOff' | 'alreadySuggested' | 'notBadNews' }
  /** Show the alert, and remember (before completing the event) that this message got it. */
  | { readonly suggest: true; readonly verdict: BadNewsVerdict; readonly alert: CallAlert };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+$/, '')}\u2026`;
}

function alertMessage(verdict: BadNewsVerdict, contact: ContactProfile | null | undefined): string {
  const advice = callAdvice(contact ? callContact(contact) : null);
  const text =
    `This reads as ${badNewsLabel(verdict.kinds)}. When something went wrong, a call lands better than an email: ` +
    `${advice}, then send a short recap. Open ReachPlan for the call script, or send anyway.`;
  return clip(text, ALERT_MESSAGE_MAX);
}

/** Decides whether sending this message should raise the "call first" Smart Alert. */
export function sendCallDecision(input: SendCallInput, lexicon: SendLexicon = EN_SEND): SendCallDecision {
  if (!input.badNewsAlert) return { suggest: false, why: 'settingOff' };
  if (input.alreadySuggested) return { suggest: false, why: 'alreadySuggested' };
  const { text } = messageText(input.body, input.bodyFormat, lexicon);
  const verdict = badNewsDetect(`${input.subject}\n${text}`, lexicon);
  if (!verdict.badNews) return { suggest: false, why: 'notBadNews' };
  return {
    suggest: true,
    verdict,
    alert: {
      errorMessage: alertMessage(verdict, input.contact),
      cancelLabel: 'Plan the call',
      contextData: JSON.stringify({ coach: 'callSuggestion', kinds: verdict.kinds }),
    },
  };
}
