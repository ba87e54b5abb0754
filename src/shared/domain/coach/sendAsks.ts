/**
 * Send path, "offer tracking": does this message ask something of its recipient? Small on purpose:
 * the commands bundle imports it and runs it on every send.
 */
import { asksDetect } from './asksDetect';
import type { BodyFormat } from './coachTypes';
import { EN_SEND } from './lang/enSend';
import type { SendLexicon } from './lexicon';
import { messageText } from './messageText';

export interface SendAsksInput {
  readonly subject: string;
  readonly body: string;
  readonly bodyFormat: BodyFormat;
}

export interface AsksSummary {
  /** True when the subject or the new text asks a question or requests an action. */
  readonly asks: boolean;
  readonly questions: number;
  readonly requests: number;
  /** The first asking sentence (subject included), to quote in the offer; null when none. */
  readonly first: string | null;
}

/** Whether a message asks something of its recipient (questions and requests in the subject and new text). */
export function sendAsks(input: SendAsksInput, lexicon: SendLexicon = EN_SEND): AsksSummary {
  const { sentences } = messageText(input.body, input.bodyFormat, lexicon);
  const subject = input.subject.trim();
  const asks = asksDetect(subject === '' ? sentences : [subject, ...sentences], lexicon);
  return {
    asks: asks.length > 0,
    questions: asks.filter((a) => a.kind === 'question').length,
    requests: asks.filter((a) => a.kind === 'request').length,
    first: asks[0]?.sentence ?? null,
  };
}
