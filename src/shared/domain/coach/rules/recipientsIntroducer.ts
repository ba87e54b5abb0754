import type { CoachRecipient } from '../coachTypes';
import { listSet } from '../listSet';
import { phraseTest } from '../phraseMatch';
import { wordTokens } from '../wordTokens';
import { finding, type CoachRule } from './coachRule';

/** Whether `name` (one capitalized word) names the recipient: a part of their display name or address. */
function names(recipient: CoachRecipient, name: string): boolean {
  const lower = name.toLowerCase();
  const local = recipient.email.split('@')[0] ?? '';
  const parts = [...recipient.name.split(/[\s,.;()"']+/), ...local.split(/[._+-]+/)];
  return parts.some((part) => part.toLowerCase() === lower);
}

const INTRO_WORD_RE = /intro|connect|touch|referr/i;

/** An introduction is thanked while the introducer is still on To or Cc: suggest moving them to Bcc. */
export const recipientsIntroducer: CoachRule = {
  id: 'recipients.introducer',
  check: (c) => {
    const { lexicon, message } = c;
    const onThread = [
      ...message.to.map((r) => ({ r, line: 'To' })),
      ...message.cc.map((r) => ({ r, line: 'Cc' })),
    ];
    // Writing to the introducer alone: nobody else to spare the thread.
    if (onThread.length < 2) return null;
    const thanking = c.text.sentences.filter((_s, i) =>
      phraseTest(c.normalSentences[i] ?? '', lexicon.introduction.thanks, lexicon.macros),
    );
    if (thanking.length === 0) return null;
    const notNames = listSet(lexicon.notNames);
    // Capitalized words of the thanking sentences, nearest to the word "introduction" first.
    const candidates = thanking.flatMap((sentence) => {
      const anchor = sentence.search(INTRO_WORD_RE);
      return wordTokens(sentence)
        .filter((t) => /^[A-Z][a-z\u00e0-\u024f]/.test(t) && !notNames.has(t.toLowerCase()))
        .map((t) => ({ t, distance: Math.abs(sentence.indexOf(t) - anchor) }))
        .sort((a, b) => a.distance - b.distance)
        .map((x) => x.t);
    });
    for (const name of candidates) {
      const hit = onThread.find(({ r }) => names(r, name));
      if (hit) {
        const who = hit.r.name.trim() || hit.r.email;
        return finding(
          'recipients.introducer',
          'suggestion',
          `You thank ${who} for the introduction and they are still on ${hit.line}: move them to Bcc so they see you followed up without the rest of the thread.`,
          [name],
        );
      }
    }
    // Named, but the name matches nobody: fine unless someone on the thread has no display name to check.
    if (candidates.length > 0 && onThread.every(({ r }) => r.name.trim() !== '')) return null;
    return finding(
      'recipients.introducer',
      'suggestion',
      'You thank someone for an introduction: move the person who introduced you to Bcc so they see you followed up without the rest of the thread.',
    );
  },
};
