import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { command } from '../../../../scripts/cli/plan';

const root = path.resolve(__dirname, '../../../..');
const examples = path.join(root, 'docs/examples/plan');
const files = readdirSync(examples)
  .filter((f) => f.endsWith('.json'))
  .sort();

interface Output {
  steps: {
    kind: string;
    channel: string;
    address?: string;
    dueAt: string;
    dueAtUser: string;
    relaxed: string[];
    why: string;
  }[];
  warnings: string[];
  ifNoAnswer: { state: string; reengage: { kind: string; channel: string; dueAt: string } | null } | null;
}

function run(file: string): Output {
  const outcome = command(JSON.parse(readFileSync(path.join(examples, file), 'utf8')) as unknown);
  if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
  return outcome.value as Output;
}

const brief = (out: Output): string[] => out.steps.map((s) => `${s.kind} ${s.channel} ${s.dueAt}`);

describe('cli plan over docs/examples/plan', () => {
  it('has the documented examples', () => {
    expect(files).toEqual([
      'away-contact.json',
      'email-only-contact.json',
      'kolkata-contact-chat-first.json',
      'moved-on-contact.json',
      'new-york-contact-berlin-user.json',
      'night-shift-contact-own-wait.json',
      'sydney-contact-relaxed-ladder.json',
    ]);
  });

  it.each(files)(
    '%s: due times carry the contact zone offset, steps explain themselves, empty plans warn',
    (file) => {
      const input = JSON.parse(readFileSync(path.join(examples, file), 'utf8')) as {
        contact: { timeZone: string };
        user: { timeZone: string };
      };
      const out = run(file);
      for (const step of out.steps) {
        const due = DateTime.fromISO(step.dueAt, { setZone: true });
        expect(due.isValid).toBe(true);
        expect(due.offset).toBe(DateTime.fromISO(step.dueAt, { zone: input.contact.timeZone }).offset);
        expect(DateTime.fromISO(step.dueAtUser).toMillis()).toBe(due.toMillis());
        expect(step.why.length).toBeGreaterThan(20);
      }
      if (out.steps.length === 0) expect(out.warnings.length).toBeGreaterThan(0);
    },
  );

  it('new-york-contact-berlin-user: every step inside both windows', () => {
    const out = run('new-york-contact-berlin-user.json');
    expect(brief(out)).toEqual([
      'reminder email 2026-03-10T08:00:00-04:00',
      'reminder email 2026-03-17T08:00:00-04:00',
      'switch phone 2026-03-19T08:00:00-04:00',
    ]);
    expect(out.steps.map((s) => s.dueAtUser)).toEqual([
      '2026-03-10T13:00:00+01:00',
      '2026-03-17T13:00:00+01:00',
      '2026-03-19T13:00:00+01:00',
    ]);
    expect(out.steps[2]!.address).toBe('+12125550147');
    expect(out.warnings).toEqual([]);
    expect(out.ifNoAnswer).toEqual({
      state: 'noAnswer',
      reengage: { kind: 'reengage', channel: 'email', dueAt: '2026-04-21T08:00:00-04:00' },
    });
  });

  it('sydney-contact-relaxed-ladder: relaxed, and warned', () => {
    const out = run('sydney-contact-relaxed-ladder.json');
    expect(brief(out)).toEqual([
      'reminder email 2026-10-06T09:00:00+11:00',
      'reminder email 2026-10-13T09:00:00+11:00',
      'switch linkedin 2026-10-20T09:00:00+11:00',
    ]);
    expect(out.steps.every((s) => s.relaxed.join() === 'userHours')).toBe(true);
    expect(out.warnings).toHaveLength(3);
  });

  it('kolkata-contact-chat-first: chat from the second attempt, phone last, worst time avoided', () => {
    expect(brief(run('kolkata-contact-chat-first.json'))).toEqual([
      'switch chat 2026-10-21T14:30:00+05:30',
      'switch phone 2026-10-23T14:30:00+05:30',
    ]);
  });

  it('night-shift-contact-own-wait: 24 h waits, inside a window that crosses midnight', () => {
    expect(brief(run('night-shift-contact-own-wait.json'))).toEqual([
      'reminder email 2026-11-03T22:10:00-06:00',
      'reminder email 2026-11-04T22:10:00-06:00',
      'switch sms 2026-11-05T22:10:00-06:00',
    ]);
  });

  it('away, email-only and moved-on contacts', () => {
    const away = run('away-contact.json');
    expect(away.steps[0]!.dueAt).toBe('2026-08-17T09:00:00+02:00');
    expect(away.warnings).toEqual([
      'Léa Moreau is away until 2026-08-14: the plan starts on 2026-08-15 at the earliest.',
    ]);
    const emailOnly = run('email-only-contact.json');
    expect(emailOnly.steps.map((s) => s.channel)).toEqual(['email', 'email', 'phone']);
    expect(emailOnly.warnings[0]).toContain('suggests a phone call');
    const movedOn = run('moved-on-contact.json');
    expect(movedOn).toEqual({
      steps: [],
      warnings: [
        'j.doe@wingtip.example has moved on (no longer reachable at this address): no follow-up is planned.',
      ],
      ifNoAnswer: null,
    });
  });

  it('refuses bad input naming the field', () => {
    expect(
      command({ user: { timeZone: 'UTC' }, contact: { email: 'a@b.example', timeZone: 'UTC' } }),
    ).toEqual({
      ok: false,
      reason: 'sentAt: is missing (ISO 8601 with an offset, e.g. "2026-03-06T10:00:00Z")',
    });
  });

  it('runs as a process: JSON on stdout and exit 0; a message naming the field and exit 1', () => {
    const cli = (args: string[], input?: string) =>
      spawnSync(
        process.execPath,
        [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli.ts', ...args],
        {
          cwd: root,
          encoding: 'utf8',
          input,
        },
      );
    const good = cli(['plan', 'docs/examples/plan/new-york-contact-berlin-user.json']);
    expect(good.status).toBe(0);
    expect((JSON.parse(good.stdout) as Output).steps).toHaveLength(3);
    const bad = cli(
      ['plan', '-'],
      JSON.stringify({
        sentAt: '2026-03-06T10:00:00Z',
        user: { timeZone: 'UTC' },
        contact: { email: 'a@b.example', timeZone: 'Mars/Base' },
      }),
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('-: contact.timeZone: unknown time zone "Mars/Base"\n');
    expect(bad.stdout).toBe('');
  });
});
