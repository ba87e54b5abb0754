/**
 * The writing coach's vocabulary: the message it reads and the findings it returns.
 * Pure data, shared by the task pane (full analysis) and the send path (asks and bad news only).
 */

/** One person on the To or Cc line. `name` is '' when Outlook gave none. */
export interface CoachRecipient {
  readonly email: string;
  readonly name: string;
}

/** How the body came: Office's body.getAsync gives HTML or text (the caller knows which it asked for). */
export type BodyFormat = 'text' | 'html';

/**
 * new: a fresh message; reply/forward: Outlook adds the original (inline, or on send in Outlook on
 * the web, where body.getAsync returns only the new text: OfficeDev/office-js#1779, #3182).
 */
export type ComposeType = 'new' | 'reply' | 'forward';

/** The message being composed, as the coach reads it. */
export interface CoachMessage {
  readonly subject: string;
  readonly to: readonly CoachRecipient[];
  readonly cc: readonly CoachRecipient[];
  readonly body: string;
  readonly bodyFormat: BodyFormat;
  /** From item.getComposeTypeAsync when known; otherwise inferred from the subject prefix. */
  readonly composeType?: ComposeType;
}

/** info: a measure worth knowing; suggestion: likely to help the reply; warning: likely to hurt it. */
export type Severity = 'info' | 'suggestion' | 'warning';

export const SEVERITIES: readonly Severity[] = ['info', 'suggestion', 'warning'];

/** Stable rule ids: the pane, the CLI, the labelled set and the benchmark use them. Never rename one. */
export const COACH_RULE_IDS = [
  'badNews.call',
  'tone.blame',
  'tone.emotional',
  'recipients.toActions',
  'recipients.introducer',
  'reminder.original',
  'length.words',
  'length.sentences',
  'asks.many',
  'asks.nextStep',
  'subject.length',
  'readability.grade',
  'readability.longWords',
] as const;
export type CoachRuleId = (typeof COACH_RULE_IDS)[number];

/** One thing the coach noticed, with a one-line reason the user can act on. */
export interface Finding {
  readonly rule: CoachRuleId;
  readonly severity: Severity;
  readonly reason: string;
  /** Words or phrases from the message that triggered it (for highlighting); may be empty. */
  readonly excerpts: readonly string[];
}
