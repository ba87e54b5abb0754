/** Precision and recall of each coach rule over a labelled set (the benchmark and a test use it). */
import { COACH_RULE_IDS, type CoachRuleId } from './coachTypes';
import type { LabelledEmail } from './labelledEmail';

export interface RuleScore {
  readonly rule: CoachRuleId;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  /** tp / (tp + fp); null when the rule never fired. */
  readonly precision: number | null;
  /** tp / (tp + fn); null when the set has no positive for the rule. */
  readonly recall: number | null;
}

export interface Mistake {
  readonly id: string;
  readonly rule: CoachRuleId;
  readonly kind: 'falsePositive' | 'falseNegative';
}

export interface Evaluation {
  readonly emails: number;
  readonly rules: readonly RuleScore[];
  readonly mistakes: readonly Mistake[];
}

/** Runs `fired` (the rule ids the coach reports for one email) over the set and scores every rule. */
export function coachEvaluate(
  emails: readonly LabelledEmail[],
  fired: (email: LabelledEmail) => readonly CoachRuleId[],
): Evaluation {
  const counts = new Map(COACH_RULE_IDS.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const mistakes: Mistake[] = [];
  for (const email of emails) {
    const got = new Set(fired(email));
    const want = new Set(email.expect);
    for (const rule of COACH_RULE_IDS) {
      const c = counts.get(rule);
      if (!c) continue;
      if (got.has(rule) && want.has(rule)) c.tp += 1;
      else if (got.has(rule)) {
        c.fp += 1;
        mistakes.push({ id: email.id, rule, kind: 'falsePositive' });
      } else if (want.has(rule)) {
        c.fn += 1;
        mistakes.push({ id: email.id, rule, kind: 'falseNegative' });
      } else c.tn += 1;
    }
  }
  const rules = COACH_RULE_IDS.map((rule): RuleScore => {
    const c = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    return {
      rule,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      trueNegatives: c.tn,
      precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
    };
  });
  return { emails: emails.length, rules, mistakes };
}
