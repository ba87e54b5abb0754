import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command } from '../../../../scripts/cli/coach';

const root = join(__dirname, '../../../..');
const examples = join(root, 'docs/formats/coach-examples');
const names = readdirSync(examples)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.out.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;

describe('cli coach', () => {
  it('has the issue\u2019s three example cases', () => {
    expect(names).toEqual(['missed-delivery-apology', 'short-clear', 'three-asks-two-recipients']);
  });

  it.each(names)('gives the documented output for %s', (name) => {
    expect(command(read(join(examples, `${name}.json`)))).toEqual({
      ok: true,
      value: read(join(examples, `${name}.out.json`)),
    });
  });

  it('shows each example output in docs/formats/coach-message.md', () => {
    const doc = readFileSync(join(root, 'docs/formats/coach-message.md'), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((m) => {
      try {
        return [JSON.parse(m[1] ?? '') as unknown];
      } catch {
        return [];
      }
    });
    for (const name of names) expect(blocks).toContainEqual(read(join(examples, `${name}.out.json`)));
  });

  it('the missed-delivery apology suggests a call with the contact\u2019s best time; the short, clear email is clean', () => {
    const apology = command(read(join(examples, 'missed-delivery-apology.json')));
    expect(apology.ok && apology.value).toMatchObject({
      findings: [{ rule: 'badNews.call', severity: 'warning' }],
      call: {
        contact: { phone: '+1 212 555 0147', bestTime: 'Tue\u2013Thu 9:00\u201311:00 (America/New_York)' },
      },
    });
    expect(command(read(join(examples, 'short-clear.json')))).toEqual({ ok: true, value: { findings: [] } });
  });

  it('refuses invalid input naming the field', () => {
    expect(command({ subject: 'x', to: [], body: 1 })).toEqual({
      ok: false,
      reason: 'body: expected a string',
    });
  });

  it('runs as a process: JSON out and exit 0, or the field on stderr and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coach-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ subject: 'x', to: ['dana'], body: 'hi' }));
    const tsx = join(root, 'node_modules/.bin/tsx');
    const good = spawnSync(tsx, ['scripts/cli.ts', 'coach', join(examples, 'short-clear.json')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect({ status: good.status, out: JSON.parse(good.stdout) as unknown }).toEqual({
      status: 0,
      out: { findings: [] },
    });
    const refused = spawnSync(tsx, ['scripts/cli.ts', 'coach', bad], { cwd: root, encoding: 'utf8' });
    expect({ status: refused.status, err: refused.stderr }).toEqual({
      status: 1,
      err: `${bad}: to[0]: not an email address: "dana"\n`,
    });
  }, 30_000);
});
