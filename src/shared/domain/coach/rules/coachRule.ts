/** A coach rule: reads the context, returns its finding or null. Each rule has one stable id. */
import type { CoachContext } from '../coachContext';
import type { CoachRuleId, Finding, Severity } from '../coachTypes';

export interface CoachRule {
  readonly id: CoachRuleId;
  readonly check: (context: CoachContext) => Finding | null;
}

/** A finding of `rule`. */
export function finding(
  rule: CoachRuleId,
  severity: Severity,
  reason: string,
  excerpts: readonly string[] = [],
): Finding {
  return { rule, severity, reason, excerpts };
}

/** `n` with the noun, pluralized with "s": "1 word", "3 words". */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The first name of a contact or recipient ("Dana Reyes" → "Dana"), or the address when nameless. */
export function firstName(name: string, email: string): string {
  return name.trim().split(/\s+/)[0] || email;
}

/** Up to `max` quoted items: "“a”, “b” and 2 more". */
export function quotedList(items: readonly string[], max = 3): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, max).map((s) => `\u201c${s}\u201d`);
  const more = unique.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
