/** Small builders for coach tests. */
import { coachAnalyze } from '../../../../../src/shared/domain/coach/coachAnalyze';
import type {
  CoachMessage,
  CoachRecipient,
  CoachRuleId,
  Finding,
} from '../../../../../src/shared/domain/coach/coachTypes';
import type { ContactProfile } from '../../../../../src/shared/domain/types';

export const DANA: CoachRecipient = { email: 'dana.reyes@contoso.example', name: 'Dana Reyes' };
export const OMAR: CoachRecipient = { email: 'omar.haddad@contoso.example', name: 'Omar Haddad' };
export const JOE: CoachRecipient = { email: 'joe.park@woodgrove.example', name: 'Joe Park' };
export const MIKE: CoachRecipient = { email: 'mike.ortiz@woodgrove.example', name: 'Mike Ortiz' };

export function profile(overrides: Partial<ContactProfile> = {}): ContactProfile {
  return {
    email: DANA.email,
    displayName: DANA.name,
    channels: [{ kind: 'phone', address: '+1 212 555 0147' }],
    timeZone: 'America/New_York',
    bestDays: [2, 3, 4],
    bestTimes: [{ start: 540, end: 660 }],
    worstTimes: [],
    notes: '',
    status: { kind: 'active' },
    ...overrides,
  };
}

/** A new plain-text message to Dana with the given body (and overrides). */
export function message(body: string, overrides: Partial<CoachMessage> = {}): CoachMessage {
  return { subject: 'Pilot kickoff next week', to: [DANA], cc: [], body, bodyFormat: 'text', ...overrides };
}

/** `n` words of plain prose in sentences of `perSentence` words (each a short, easy sentence). */
export function prose(n: number, perSentence = 10): string {
  const words = 'the team will bring the new scanners to your site on day one'.split(' ');
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const word = words[i % words.length] ?? 'the';
    const start = i % perSentence === 0;
    const end = i % perSentence === perSentence - 1 || i === n - 1;
    out.push(`${start ? word.charAt(0).toUpperCase() + word.slice(1) : word}${end ? '.' : ''}`);
  }
  return out.join(' ');
}

/** The finding of `rule` for `msg` (undefined when the rule does not fire). */
export function findingOf(
  rule: CoachRuleId,
  msg: CoachMessage,
  contact: ContactProfile | null = null,
): Finding | undefined {
  return coachAnalyze(msg, { contact }).findings.find((f) => f.rule === rule);
}
