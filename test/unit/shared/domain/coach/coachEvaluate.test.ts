import { coachEvaluate } from '../../../../../src/shared/domain/coach/coachEvaluate';
import type { LabelledEmail } from '../../../../../src/shared/domain/coach/labelledEmail';
import { message } from './coachFixtures';

function email(id: string, expect: LabelledEmail['expect']): LabelledEmail {
  return { id, expect, input: { message: message('x'), contact: null } };
}

describe('coachEvaluate', () => {
  it('counts true/false positives and negatives per rule and lists the mistakes', () => {
    const emails = [
      email('a', ['tone.blame']),
      email('b', ['tone.blame']),
      email('c', []),
      email('d', ['asks.many']),
    ];
    const fired: Record<string, LabelledEmail['expect']> = {
      a: ['tone.blame'],
      b: [],
      c: ['tone.blame'],
      d: ['asks.many'],
    };
    const evaluation = coachEvaluate(emails, (e) => fired[e.id] ?? []);
    expect(evaluation.emails).toBe(4);
    expect(evaluation.rules.find((r) => r.rule === 'tone.blame')).toEqual({
      rule: 'tone.blame',
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(evaluation.rules.find((r) => r.rule === 'asks.many')).toMatchObject({
      precision: 1,
      recall: 1,
      trueNegatives: 3,
    });
    expect(evaluation.rules.find((r) => r.rule === 'badNews.call')).toMatchObject({
      precision: null,
      recall: null,
      trueNegatives: 4,
    });
    expect(evaluation.mistakes).toEqual([
      { id: 'b', rule: 'tone.blame', kind: 'falseNegative' },
      { id: 'c', rule: 'tone.blame', kind: 'falsePositive' },
    ]);
  });
});
