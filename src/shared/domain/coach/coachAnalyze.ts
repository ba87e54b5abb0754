/**
 * The full writing coach for the task pane: every rule over one message, with the measures behind
 * them and the call suggestion when the message reads as bad news. Pure and fast enough to run on
 * every pause in typing (the pane debounces).
 */
import type { ContactProfile } from '../types';
import type { QuoteKind } from './bodyParts';
import { callSuggestion, type CallSuggestion } from './callSuggestion';
import { coachContext } from './coachContext';
import { COACH_GUIDANCE } from './coachGuidance';
import { COACH_RULE_IDS, SEVERITIES, type CoachMessage, type Finding } from './coachTypes';
import { EN_COACH } from './lang/en';
import type { CoachLexicon } from './lexicon';
import { COACH_RULES } from './rules/coachRules';
import { wordTokens } from './wordTokens';

export interface CoachOptions {
  /** The profile of the person the message is to (its notes, phone and best time), when known. */
  readonly contact?: ContactProfile | null;
  /** The message's language data; English by default. */
  readonly lexicon?: CoachLexicon;
}

/** The numbers behind the findings, for the panel. */
export interface CoachMeasures {
  readonly words: number;
  readonly sentences: number;
  readonly questions: number;
  readonly requests: number;
  /** Whether the last ask is in the closing sentences. */
  readonly endsWithAsk: boolean;
  readonly subjectWords: number;
  /** Flesch–Kincaid grade; null without text. */
  readonly grade: number | null;
  readonly phoneReader: boolean;
  readonly quote: QuoteKind | null;
}

export interface CoachReport {
  /** Most severe first; empty is a clean bill. */
  readonly findings: readonly Finding[];
  readonly measures: CoachMeasures;
  readonly call: CallSuggestion | null;
}

function order(f: Finding): number {
  return (SEVERITIES.length - SEVERITIES.indexOf(f.severity)) * 100 + COACH_RULE_IDS.indexOf(f.rule);
}

/** Analyzes one message: findings (each with its rule id, severity and reason), measures and the call suggestion. */
export function coachAnalyze(message: CoachMessage, options: CoachOptions = {}): CoachReport {
  const contact = options.contact ?? null;
  const c = coachContext(message, options.lexicon ?? EN_COACH, contact);
  const findings: Finding[] = [];
  for (const rule of COACH_RULES) {
    const found = rule.check(c);
    if (found) findings.push(found);
  }
  findings.sort((a, b) => order(a) - order(b));
  const last = c.asks[c.asks.length - 1];
  return {
    findings,
    measures: {
      words: c.readability.words,
      sentences: c.text.sentences.length,
      questions: c.asks.filter((a) => a.kind === 'question').length,
      requests: c.asks.filter((a) => a.kind === 'request').length,
      endsWithAsk:
        last !== undefined && last.index >= c.text.sentences.length - COACH_GUIDANCE.asks.closingSentences,
      subjectWords: wordTokens(message.subject).length,
      grade: c.readability.grade,
      phoneReader: c.phoneReader,
      quote: c.text.quote,
    },
    call: callSuggestion(c.badNews, contact),
  };
}
