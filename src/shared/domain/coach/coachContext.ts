/**
 * Everything the rules read, computed once per analysis: the new text and its sentences, asks,
 * bad-news verdict, reminder phrases, readability and who the contact is.
 */
import type { ContactProfile } from '../types';
import { asksDetect, type Ask } from './asksDetect';
import { badNewsOfNormal, type BadNewsVerdict } from './badNewsDetect';
import type { CoachMessage } from './coachTypes';
import { REPLY_FORWARD_PREFIX } from './lang/mailConventions';
import type { CoachLexicon } from './lexicon';
import { messageText, type MessageText } from './messageText';
import { matchNormalize, phraseMatches, phraseRemove, phraseTest } from './phraseMatch';
import { readability, type Readability } from './readability';

export interface CoachContext {
  readonly message: CoachMessage;
  readonly lexicon: CoachLexicon;
  readonly contact: ContactProfile | null;
  readonly text: MessageText;
  /** The new text in matching form (lower case, contractions expanded). */
  readonly normal: string;
  /** Each sentence in matching form (same order as text.sentences). */
  readonly normalSentences: readonly string[];
  readonly asks: readonly Ask[];
  /** The contact's notes say they read mail on a phone. */
  readonly phoneReader: boolean;
  /** A reply or forward: Outlook includes the original, and the subject is the thread's. */
  readonly replyOrForward: boolean;
  /** Reminder phrases found in the subject or new text; empty when this is not a reminder. */
  readonly reminder: readonly string[];
  readonly badNews: BadNewsVerdict;
  readonly readability: Readability;
}

const REPLY_PREFIX_RE = new RegExp(REPLY_FORWARD_PREFIX, 'i');

/** Whether a contact's notes say they read mail on a phone ("reads email on her phone"), negations respected. */
export function phoneReader(notes: string, lexicon: CoachLexicon): boolean {
  const normal = matchNormalize(notes, lexicon);
  if (normal === '' || phraseTest(normal, lexicon.phoneReader.negative, lexicon.macros)) return false;
  return phraseTest(normal, lexicon.phoneReader.positive, lexicon.macros);
}

/** Whether a subject starts with a reply or forward prefix in any client language ("RE:", "AW:", "Fwd:"). */
export function replyPrefixed(subject: string): boolean {
  return REPLY_PREFIX_RE.test(subject);
}

function reminderPhrases(subject: string, normal: string, lexicon: CoachLexicon): string[] {
  const { reminder, macros } = lexicon;
  const body = phraseMatches(phraseRemove(normal, reminder.notReminder, macros), reminder.body, macros);
  const plainSubject = matchNormalize(subject.replace(REPLY_PREFIX_RE, ''), lexicon);
  const inSubject = phraseMatches(plainSubject, reminder.subject, macros);
  return [...inSubject, ...body];
}

/** Builds the analysis context of one message. */
export function coachContext(
  message: CoachMessage,
  lexicon: CoachLexicon,
  contact: ContactProfile | null,
): CoachContext {
  const text = messageText(message.body, message.bodyFormat, lexicon);
  const normalSentences = text.sentences.map((s) => matchNormalize(s, lexicon));
  const normal = normalSentences.join(' ');
  return {
    message,
    lexicon,
    contact,
    text,
    normal,
    normalSentences,
    asks: asksDetect(text.sentences, lexicon, normalSentences),
    phoneReader: contact ? phoneReader(contact.notes, lexicon) : false,
    replyOrForward: message.composeType ? message.composeType !== 'new' : replyPrefixed(message.subject),
    reminder: reminderPhrases(message.subject, normal, lexicon),
    badNews: badNewsOfNormal(`${matchNormalize(message.subject, lexicon)} ${normal}`, lexicon),
    readability: readability(text.sentences, lexicon.syllables),
  };
}
