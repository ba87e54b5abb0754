import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { command } from '../../../../scripts/cli/classify';

const root = path.resolve(__dirname, '../../../..');
const corpusDir = path.join(root, 'test/fixtures/incoming');

interface Fixture {
  readonly note: string;
  readonly message: { readonly subject: string };
  readonly expected: { readonly kind: string; readonly returnDate: string | null };
}

const corpus: [string, Fixture][] = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file, JSON.parse(readFileSync(path.join(corpusDir, file), 'utf8')) as Fixture]);

function classify(input: unknown): { kind: string; returnDate: string | null; reason: string } {
  const outcome = command(input);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value as { kind: string; returnDate: string | null; reason: string };
}

describe('classifier corpus (test/fixtures/incoming)', () => {
  it.each(corpus)('%s', (_file, fixture) => {
    const verdict = classify(fixture);
    expect({ kind: verdict.kind, returnDate: verdict.returnDate }).toEqual(fixture.expected);
    expect(verdict.reason.length).toBeGreaterThan(10);
  });

  it('holds at least 40 messages and every verdict', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(corpus.map(([, fixture]) => fixture.expected.kind));
    expect([...kinds].sort()).toEqual(['autoReply', 'bounce', 'human', 'movedOn', 'unrelated']);
  });

  it.each(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'])(
    'has auto-replies and moved-on notices in %s',
    (language) => {
      const names = corpus.map(([file]) => file);
      expect(names.some((name) => name.startsWith(`autoreply-${language}-`))).toBe(true);
      expect(names.some((name) => name.startsWith(`movedon-${language}-`))).toBe(true);
    },
  );

  it('has bounces as Exchange, Postfix and Gmail send them', () => {
    const names = corpus.map(([file]) => file).filter((name) => name.startsWith('bounce-'));
    for (const source of ['exchange', 'postfix', 'gmail'])
      expect(names.some((name) => name.includes(source))).toBe(true);
  });
});

describe('classify command', () => {
  const base = corpus.find(([file]) => file === 'autoreply-en-exchange-until.json')?.[1] as unknown as Record<
    string,
    unknown
  >;

  it('prints kind, returnDate and a reason naming the signal', () => {
    expect(classify(base)).toEqual({
      kind: 'autoReply',
      returnDate: '2025-12-03',
      reason:
        'Exchange out-of-office message class IPM.Note.Rules.OofTemplate.Microsoft; back on 2025-12-03 ("office until Wednesday 3 December")',
    });
  });

  it('refuses invalid input naming the field', () => {
    const message = base.message as Record<string, unknown>;
    const outcome = command({ ...base, message: { ...message, receivedAt: '27/11/2025' } });
    expect(outcome).toEqual({
      ok: false,
      reason: expect.stringMatching(/^message\.receivedAt: /) as unknown,
    });
  });

  it('runs through npm run cli: JSON on stdout, exit 1 and the field on stderr for bad input', () => {
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const good = spawnSync(
      tsx,
      ['scripts/cli.ts', 'classify', path.join(corpusDir, 'bounce-postfix-user-unknown.json')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ kind: 'bounce', returnDate: null });

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'classify-')), 'message.json');
    writeFileSync(file, JSON.stringify({ ...base, followUp: { recipients: [] } }));
    const bad = spawnSync(tsx, ['scripts/cli.ts', 'classify', file], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('followUp.recipients: expected a non-empty list');
    expect(bad.stdout).toBe('');
  });
});
