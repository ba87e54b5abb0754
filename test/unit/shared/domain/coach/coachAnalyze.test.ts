import { coachAnalyze } from '../../../../../src/shared/domain/coach/coachAnalyze';
import { COACH_RULE_IDS } from '../../../../../src/shared/domain/coach/coachTypes';
import { DANA, message, OMAR, profile, prose } from './coachFixtures';

describe('coachAnalyze', () => {
  it('gives a clean bill for a short, clear message', () => {
    const report = coachAnalyze(
      message(`Hi Dana,\n\n${prose(60)} Could you confirm that Monday works for the kickoff?\n\nBest,\nSam`),
    );
    expect(report.findings).toEqual([]);
    expect(report.call).toBeNull();
    expect(report.measures).toEqual({
      words: 69,
      sentences: 7,
      questions: 1,
      requests: 0,
      endsWithAsk: true,
      subjectWords: 4,
      grade: expect.any(Number) as number,
      phoneReader: false,
      quote: null,
    });
  });

  it('orders findings most severe first, then by rule order', () => {
    const report = coachAnalyze(
      message(`Per my last email, could you send the form? ${prose(140)} And can you confirm the date?`, {
        subject: '',
        to: [DANA, OMAR],
      }),
    );
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toEqual([
      'tone.blame',
      'subject.length',
      'recipients.toActions',
      'length.words',
      'length.sentences',
      'asks.many',
    ]);
    const severities = report.findings.map((f) => f.severity);
    expect(severities).toEqual([
      'warning',
      'warning',
      'suggestion',
      'suggestion',
      'suggestion',
      'suggestion',
    ]);
  });

  it('returns the call suggestion with the templates to use', () => {
    const report = coachAnalyze(
      message('We have to cancel the workshop on the 14th. Could we find a new date?'),
      { contact: profile() },
    );
    expect(report.call).toEqual({
      kinds: ['other'],
      label: 'bad news',
      evidence: ['we have to cancel'],
      contact: {
        email: 'dana.reyes@contoso.example',
        displayName: 'Dana Reyes',
        phone: '+1 212 555 0147',
        bestTime: 'Tue\u2013Thu 9:00\u201311:00 (America/New_York)',
        avoid: null,
      },
      scriptTemplate: 'callScript',
      recapTemplate: 'callRecap',
    });
  });

  it('every finding has a known rule id, a severity and a reason; at most one per rule', () => {
    const report = coachAnalyze(
      message(`I AM SO ANGRY!!! ${prose(300)} You failed to reply. Thanks for the intro, Joe.`, {
        to: [DANA, OMAR],
      }),
    );
    const ids = report.findings.map((f) => f.rule);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of report.findings) {
      expect(COACH_RULE_IDS).toContain(f.rule);
      expect(f.reason.length).toBeGreaterThan(20);
    }
  });
});
