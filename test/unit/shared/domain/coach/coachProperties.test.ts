import fc from 'fast-check';
import { coachAnalyze } from '../../../../../src/shared/domain/coach/coachAnalyze';
import { COACH_RULE_IDS, type Finding } from '../../../../../src/shared/domain/coach/coachTypes';
import { sendAsks } from '../../../../../src/shared/domain/coach/sendAsks';
import { sendCallDecision } from '../../../../../src/shared/domain/coach/sendCallDecision';
import { DANA, OMAR, profile } from './coachFixtures';

const SENTENCES = [
  'Thanks for the call on Tuesday.',
  'Could you send the floor plan?',
  'The installers arrive on Monday.',
  'Per my last email, the deadline was Friday.',
  'I am sorry, the shipment did not arrive.',
  'Please confirm the date by Thursday.',
  'We utilize the export every night.',
  'This is UNACCEPTABLE AGAIN!!',
  'Just following up on my proposal.',
  'Thanks for the introduction, Omar.',
  'Let me know if you have any questions.',
  'The comprehensive modernization necessitates interdepartmental reconsideration.',
];

const body = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 30 }).map((s) => s.join(' '));
const rules = (findings: readonly Finding[]) =>
  findings.map((f) => f.rule).filter((r) => r !== 'reminder.original');

describe('coach properties', () => {
  it('never throws, and reports each rule at most once with a known id, on any text or HTML', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.string({ maxLength: 200 }),
        fc.boolean(),
        (text, subject, html) => {
          const report = coachAnalyze(
            {
              subject,
              to: [DANA, OMAR],
              cc: [],
              body: html ? `<div>${text}</div>` : text,
              bodyFormat: html ? 'html' : 'text',
            },
            { contact: profile({ notes: text.slice(0, 50) }) },
          );
          const ids = report.findings.map((f) => f.rule);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.every((id) => (COACH_RULE_IDS as readonly string[]).includes(id))).toBe(true);
          expect(report.measures.words).toBeGreaterThanOrEqual(0);
          sendAsks({ subject, body: text, bodyFormat: 'text' });
          sendCallDecision({
            subject,
            body: text,
            bodyFormat: html ? 'html' : 'text',
            badNewsAlert: true,
            alreadySuggested: false,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quoted history never changes the findings (only whether a reminder includes its original)', () => {
    fc.assert(
      fc.property(
        body,
        fc.string({ maxLength: 500 }),
        fc.constantFrom('separator', 'attribution', 'header', 'html'),
        (text, quoted, how) => {
          const msg = {
            subject: 'Albany rollout plan',
            to: [DANA],
            cc: [],
            body: text,
            bodyFormat: 'text' as const,
          };
          const history =
            how === 'separator'
              ? `\n\n-----Original Message-----\n${quoted}`
              : how === 'attribution'
                ? `\n\nOn Tue, 3 Mar 2026, Dana Reyes wrote:\n${quoted}`
                : `\n\nFrom: Dana Reyes\nSent: Tuesday\n${quoted}`;
          const withHistory =
            how === 'html'
              ? {
                  ...msg,
                  bodyFormat: 'html' as const,
                  body: `<p>${text}</p><div id="divRplyFwdMsg">${quoted}</div>`,
                }
              : { ...msg, body: text + history };
          expect(rules(coachAnalyze(withHistory).findings)).toEqual(rules(coachAnalyze(msg).findings));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the send path agrees with the pane on bad news and asks', () => {
    fc.assert(
      fc.property(body, (text) => {
        const report = coachAnalyze({
          subject: 'Albany rollout plan',
          to: [DANA],
          cc: [],
          body: text,
          bodyFormat: 'text',
        });
        const decision = sendCallDecision({
          subject: 'Albany rollout plan',
          body: text,
          bodyFormat: 'text',
          badNewsAlert: true,
          alreadySuggested: false,
        });
        expect(decision.suggest).toBe(report.call !== null);
        const asks = sendAsks({ subject: '', body: text, bodyFormat: 'text' });
        expect(asks.questions + asks.requests).toBe(report.measures.questions + report.measures.requests);
      }),
      { numRuns: 200 },
    );
  });
});
