/**
 * Writing coach: speed of the full analysis (the task pane runs it on every pause in typing) and of
 * the send-path checks, the send-path bundle cost, and precision/recall per rule on the labelled set
 * (test/fixtures/coach/). No network; runs in this process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coachAnalyze } from '../../src/shared/domain/coach/coachAnalyze';
import { coachEvaluate } from '../../src/shared/domain/coach/coachEvaluate';
import type { CoachMessage } from '../../src/shared/domain/coach/coachTypes';
import { EN_COACH } from '../../src/shared/domain/coach/lang/en';
import { sendAsks } from '../../src/shared/domain/coach/sendAsks';
import { sendCallDecision } from '../../src/shared/domain/coach/sendCallDecision';
import { wordTokens } from '../../src/shared/domain/coach/wordTokens';
import { labelledSetRead } from '../coach/labelledSetRead';
import { sendPathSize } from '../coach/sendPathSize';
import type { BenchRow, Measure } from './benchSection';

/**
 * Runs `work` for about `ms` milliseconds of this process's CPU time (after a warm-up) and returns
 * calls per CPU-second: CPU time, not wall time, because the machine is shared and wall time mostly
 * measures the neighbours.
 */
function rate(work: () => void, ms = 1500): number {
  for (let i = 0; i < 20; i += 1) work();
  const cpuMs = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < ms) {
    work();
    calls += 1;
    elapsed = cpuMs() - start;
  }
  return (calls * 1000) / elapsed;
}

/** A realistic email of at least `words` words, built from the labelled set's new-message bodies. */
function longBody(bodies: readonly string[], words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (const body of bodies) {
    const paragraph = body.split('\n\n')[1];
    if (!paragraph || /[<>]/.test(paragraph)) continue;
    paragraphs.push(paragraph);
    count += wordTokens(paragraph).length;
    if (count >= words) break;
  }
  return `Hi Dana,\n\n${paragraphs.join('\n\n')}\n\nCould you confirm by Friday?\n\nBest regards,\nSam Patel`;
}

function htmlWithHistory(text: string): string {
  const paragraphs = text
    .split('\n\n')
    .map((p) => `<p class="MsoNormal">${p.replace(/\n/g, '<br>')}<o:p></o:p></p>`)
    .join('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>');
  const history = `<div id="divRplyFwdMsg"><b>From:</b> Dana</div>${'<p>Earlier message in the thread with questions? And requests.</p>'.repeat(300)}`;
  return `<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class="WordSection1">${paragraphs}<div id="Signature"><p>Sam Patel</p></div>${history}</div></body></html>`;
}

const pct = (n: number | null): number | string => (n === null ? 'n/a' : Math.round(n * 1000) / 10);

export const measure: Measure = async ({ root }) => {
  const set = labelledSetRead(join(root, 'test/fixtures/coach'));
  const text = longBody(
    set.map((e) => e.input.message.body),
    400,
  );
  const words = wordTokens(text).length;
  const plain: CoachMessage = {
    subject: 'Newark scanner plan',
    to: [{ email: 'dana@contoso.example', name: 'Dana' }],
    cc: [],
    body: text,
    bodyFormat: 'text',
  };
  const html: CoachMessage = { ...plain, body: htmlWithHistory(text), bodyFormat: 'html' };
  const adversarial: CoachMessage = {
    ...plain,
    body: `on ${'on the '.repeat(12_000)}wrote\n${'> '.repeat(5_000)}`,
  };

  const fullPerSec = rate(() => coachAnalyze(plain));
  const htmlPerSec = rate(() => coachAnalyze(html));
  const sendPerSec = rate(() => {
    sendAsks({ subject: html.subject, body: html.body, bodyFormat: 'html' });
    sendCallDecision({
      subject: html.subject,
      body: html.body,
      bodyFormat: 'html',
      badNewsAlert: true,
      alreadySuggested: false,
    });
  });
  const adversarialPerSec = rate(() => coachAnalyze(adversarial), 500);

  const evaluation = coachEvaluate(set, (e) =>
    coachAnalyze(e.input.message, { contact: e.input.contact }).findings.map((f) => f.rule),
  );
  const syllableList = JSON.parse(
    readFileSync(join(root, 'test/fixtures/coach-syllables/en.json'), 'utf8'),
  ) as { words: Record<string, number> };
  const syllableEntries = Object.entries(syllableList.words);
  const syllablesRight = syllableEntries.filter(([w, n]) => EN_COACH.syllables(w) === n).length;
  const size = await sendPathSize(root);

  const rows: BenchRow[] = [
    {
      metric: `full analysis, ${words}-word plain-text email`,
      value: Math.round(fullPerSec),
      unit: 'messages/CPU-s',
      note: `${(1000 / fullPerSec).toFixed(3)} ms each`,
    },
    {
      metric: `full analysis, same email as Outlook HTML with signature and ${Math.round(html.body.length / 1024)} KB of quoted history`,
      value: Math.round(htmlPerSec),
      unit: 'messages/CPU-s',
      note: `${(1000 / htmlPerSec).toFixed(3)} ms each`,
    },
    {
      metric: 'send path (sendAsks + sendCallDecision) on the HTML email',
      value: Math.round(sendPerSec),
      unit: 'sends/CPU-s',
      note: `${(1000 / sendPerSec).toFixed(3)} ms each`,
    },
    {
      metric: `adversarial body (${Math.round(adversarial.body.length / 1024)} KB of repeated words and ">")`,
      value: Math.round(adversarialPerSec),
      unit: 'messages/CPU-s',
      note: `${(1000 / adversarialPerSec).toFixed(1)} ms each`,
    },
    {
      metric: 'send-path modules bundled (ES2017, minified)',
      value: size.rawBytes,
      unit: 'bytes',
      note: `${size.inputs.length} files`,
    },
    { metric: 'send-path modules gzip (level 9)', value: size.gzipBytes, unit: 'bytes' },
    { metric: 'labelled emails', value: evaluation.emails },
    {
      metric: 'English syllable counter on the reference list',
      value: pct(syllablesRight / syllableEntries.length),
      unit: '%',
      note: `${syllablesRight}/${syllableEntries.length} words`,
    },
  ];
  for (const r of evaluation.rules) {
    rows.push({
      metric: `${r.rule} precision / recall`,
      value: `${pct(r.precision)} / ${pct(r.recall)}`,
      unit: '%',
      note: `tp ${r.truePositives}, fp ${r.falsePositives}, fn ${r.falseNegatives}`,
    });
  }
  return { title: 'Writing coach', rows };
};
