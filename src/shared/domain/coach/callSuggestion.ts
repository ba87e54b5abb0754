/**
 * What the task pane shows when a message reads as bad news: who to call, their phone and best time,
 * and the templates for the call script and the recap (wording lives with the templates).
 */
import type { ContactProfile, TemplateId } from '../types';
import { badNewsLabel, type BadNewsKind, type BadNewsVerdict } from './badNewsDetect';
import { callContact, type CallContact } from './callContact';

export interface CallSuggestion {
  readonly kinds: readonly BadNewsKind[];
  /** "an apology about a missed or late delivery". */
  readonly label: string;
  /** The phrases that made it read as bad news. */
  readonly evidence: readonly string[];
  /** Null when the recipient has no ReachPlan profile. */
  readonly contact: CallContact | null;
  /** The four-part call script: acknowledge and apologise, confirm, what I will do, when it is resolved. */
  readonly scriptTemplate: TemplateId;
  /** The short recap to send after the call. */
  readonly recapTemplate: TemplateId;
}

/** The call suggestion for a bad-news verdict, or null when the message is not bad news. */
export function callSuggestion(
  verdict: BadNewsVerdict,
  contact: ContactProfile | null,
): CallSuggestion | null {
  if (!verdict.badNews) return null;
  return {
    kinds: verdict.kinds,
    label: badNewsLabel(verdict.kinds),
    evidence: verdict.evidence,
    contact: contact ? callContact(contact) : null,
    scriptTemplate: 'callScript',
    recapTemplate: 'callRecap',
  };
}
