/**
 * The labelled set's format (test/fixtures/coach/*.json): an array of
 * { id, note?, expect: [rule ids that must fire; every other rule must not], message: coach input }.
 */
import { fail, ok, type Result } from '../../result';
import { coachInputDecode, type CoachInput } from './coachInputDecode';
import { COACH_RULE_IDS, type CoachRuleId } from './coachTypes';

export interface LabelledEmail {
  readonly id: string;
  readonly note?: string;
  /** Exactly the rules that should fire. */
  readonly expect: readonly CoachRuleId[];
  readonly input: CoachInput;
}

function isRuleId(value: unknown): value is CoachRuleId {
  return typeof value === 'string' && (COACH_RULE_IDS as readonly string[]).includes(value);
}

/** Decodes one labelled-set file; `source` prefixes every field name in a refusal. */
export function labelledEmailsDecode(json: unknown, source: string): Result<LabelledEmail[]> {
  if (!Array.isArray(json)) return fail(`${source}: expected an array of labelled emails`);
  const out: LabelledEmail[] = [];
  for (const [i, item] of json.entries()) {
    const at = `${source}[${i}]`;
    if (typeof item !== 'object' || item === null) return fail(`${at}: expected an object`);
    const obj = item as Record<string, unknown>;
    const id = obj['id'];
    if (typeof id !== 'string' || id === '') return fail(`${at}.id: expected a non-empty string`);
    const note = obj['note'];
    if (note !== undefined && typeof note !== 'string') return fail(`${at}.note: expected a string`);
    const expect = obj['expect'];
    if (!Array.isArray(expect)) return fail(`${at}.expect: expected an array of rule ids`);
    const bad: unknown = (expect as unknown[]).find((rule) => !isRuleId(rule));
    if (bad !== undefined) return fail(`${at}.expect: unknown rule id ${JSON.stringify(bad)}`);
    const input = coachInputDecode(obj['message']);
    if (!input.ok) return fail(`${at}.message.${input.reason}`);
    out.push({
      id,
      ...(note === undefined ? {} : { note }),
      expect: expect as CoachRuleId[],
      input: input.value,
    });
  }
  return ok(out);
}
