import { COACH_GUIDANCE } from '../coachGuidance';
import { finding, type CoachRule } from './coachRule';

/** More than one question or request: a busy reader answers one. */
export const asksMany: CoachRule = {
  id: 'asks.many',
  check: (c) => {
    const n = c.asks.length;
    if (n < 2) return null;
    const questions = c.asks.filter((a) => a.kind === 'question').length;
    const parts = [
      questions && `${questions} question${questions === 1 ? '' : 's'}`,
      n - questions && `${n - questions} request${n - questions === 1 ? '' : 's'}`,
    ];
    return finding(
      'asks.many',
      n >= COACH_GUIDANCE.asks.warnFrom ? 'warning' : 'suggestion',
      `${n} asks (${parts.filter(Boolean).join(', ')}): a busy reader answers one; keep the one that matters now, or number them.`,
      c.asks.map((a) => a.sentence),
    );
  },
};
