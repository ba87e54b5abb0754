/**
 * The built commands bundle (dist/commands.js) as classic Outlook on Windows loads it: one classic
 * script in a JavaScript-only runtime, with no window, document or localStorage, no Office.onReady,
 * and the ES2017 language and library. Checked twice: es-check (syntax and built-ins beyond ES2017,
 * e.g. object spread, Object.fromEntries, flatMap, globalThis) and a run in a bare V8 context with the
 * newer built-ins removed, where the three functions must register and complete their events: a flag
 * and a send that commit a follow-up without any device storage, and every Office call failing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { itemRecordDecode } from '../../src/shared/storage/itemRecord';
import { roamingDecode } from '../../src/shared/storage/roamingCodec';
import { expect, test } from './fixtures';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist/commands.js');
const ES_CHECK = path.join(ROOT, 'node_modules/es-check/lib/cli/index.js');

/** Runs es-check at ES2017 with feature detection; the exit code and output. */
function esCheck(file: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(
      process.execPath,
      [ES_CHECK, 'es2017', file, '--checkFeatures', '--noColor'],
      {
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    return { ok: true, output };
  } catch (error: unknown) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

test('dist/commands.js keeps to ES2017 syntax and built-ins (es-check), and the check does catch newer ones', () => {
  const checked = esCheck(BUNDLE);
  expect(checked.output).toContain('passed');
  expect(checked.ok).toBe(true);
  const dir = mkdtempSync(path.join(tmpdir(), 'es-check-'));
  for (const [name, code] of [
    ['spread.js', 'var a = {}; var b = { ...a };'],
    ['fromEntries.js', 'var o = Object.fromEntries([["a", 1]]);'],
    ['flatMap.js', 'var l = [1].flatMap(function (x) { return [x]; });'],
    ['globalThis.js', 'var g = globalThis.localStorage;'],
  ] as const) {
    writeFileSync(path.join(dir, name), code);
    expect(esCheck(path.join(dir, name)).ok, name).toBe(false);
  }
});

test('dist/commands.js is one classic script: no module syntax, no chunk loading, no dev-server client', () => {
  const code = readFileSync(BUNDLE, 'utf8');
  expect(() => new vm.Script(code)).not.toThrow();
  expect(code).not.toMatch(/\bimport\s*\(|__webpack_require__\.e\b|importScripts|webpack-dev-server|sockjs/);
  expect(code).not.toMatch(/\.onReady\b/);
});

// ---- a bare JavaScript-only runtime ------------------------------------------------------------

/** Built-ins newer than ES2017 that the JavaScript-only runtime cannot be assumed to have. */
const NEWER_BUILT_INS = `
  delete Object.fromEntries; delete Object.hasOwn;
  delete Array.prototype.flat; delete Array.prototype.flatMap; delete Array.prototype.at;
  delete Array.prototype.findLast; delete Array.prototype.findLastIndex;
  delete String.prototype.matchAll; delete String.prototype.replaceAll; delete String.prototype.at;
  delete String.prototype.trimStart; delete String.prototype.trimEnd;
  delete Promise.prototype.finally; delete Promise.allSettled; delete Promise.any;
  delete globalThis.structuredClone; delete globalThis.queueMicrotask;
  delete globalThis.globalThis;
`;

type AsyncCallback = (result: {
  status: string;
  value?: unknown;
  error?: { code: number; message: string };
}) => void;
type Completed = { calls: unknown[] };

interface FakeItem {
  properties: Record<string, unknown>;
  notices: Record<string, { type: string; message: string }>;
  failAll: boolean;
}

/** Just enough of Office for the commands: an item being composed, roaming settings, requirements. */
function fakeOffice(
  item: FakeItem,
  roaming: Record<string, unknown>,
  handlers: Map<string, (e: unknown) => void>,
) {
  const answer = (cb: unknown, value?: unknown) => {
    const callback = cb as AsyncCallback;
    setTimeout(() =>
      callback(
        item.failAll
          ? { status: 'failed', error: { code: 9002, message: 'internal error' } }
          : { status: 'succeeded', value },
      ),
    );
  };
  const last = (args: unknown[]) => args[args.length - 1];
  const people = [
    {
      displayName: 'Priya Raman',
      emailAddress: 'priya.raman@contoso.example',
      recipientType: 'externalUser',
    },
  ];
  const customProperties = {
    get: (name: string) => item.properties[name],
    getAll: () => ({ ...item.properties }),
    set: (name: string, value: unknown) => void (item.properties[name] = value),
    remove: (name: string) => void delete item.properties[name],
    saveAsync: (...args: unknown[]) => answer(last(args)),
  };
  return {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    MailboxEnums: {
      ItemNotificationMessageType: {
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
        ProgressIndicator: 'progressIndicator',
        InsightMessage: 'insightMessage',
      },
      ActionType: { ShowTaskPane: 'showTaskPane' },
    },
    actions: { associate: (name: string, handler: (e: unknown) => void) => handlers.set(name, handler) },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'Mailbox' && Number(version.split('.')[1]) <= 13,
      },
      roamingSettings: {
        get: (key: string) => roaming[key],
        set: (key: string, value: unknown) => void (roaming[key] = value),
        remove: (key: string) => void delete roaming[key],
        saveAsync: (...args: unknown[]) => answer(last(args)),
      },
      mailbox: {
        userProfile: {
          emailAddress: 'dana@northwind.example',
          displayName: 'Dana',
          timeZone: 'W. Europe Standard Time',
        },
        item: {
          conversationId: 'AAQk-conversation-1',
          subject: { getAsync: (...args: unknown[]) => answer(last(args), 'Proposal for Contoso') },
          to: { getAsync: (...args: unknown[]) => answer(last(args), people) },
          cc: { getAsync: (...args: unknown[]) => answer(last(args), []) },
          body: {
            getAsync: (...args: unknown[]) => answer(last(args), '<p>Could you confirm the start date?</p>'),
          },
          saveAsync: (...args: unknown[]) => answer(last(args), 'AAMk-draft-1'),
          loadCustomPropertiesAsync: (...args: unknown[]) => answer(last(args), customProperties),
          notificationMessages: {
            replaceAsync: (key: string, details: { type: string; message: string }, ...rest: unknown[]) => {
              item.notices[key] = { type: details.type, message: details.message };
              answer(last(rest));
            },
            removeAsync: (_key: string, ...rest: unknown[]) => answer(last(rest)),
          },
        },
      },
    },
  };
}

/** Loads the bundle into a fresh context that has only the ES built-ins (less the newer ones), Office and timers. */
function jsRuntime(item: FakeItem, roaming: Record<string, unknown>) {
  const handlers = new Map<string, (e: unknown) => void>();
  const context = vm.createContext({
    Office: fakeOffice(item, roaming, handlers),
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    clearTimeout: (handle: NodeJS.Timeout) => clearTimeout(handle),
  });
  vm.runInContext(NEWER_BUILT_INS, context);
  vm.runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'commands.js' });
  for (const name of ['window', 'document', 'localStorage', 'globalThis', 'self'])
    expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
  return handlers;
}

async function run(handlers: Map<string, (e: unknown) => void>, name: string): Promise<Completed> {
  const completed: Completed = { calls: [] };
  const handler = handlers.get(name);
  if (!handler) throw new Error(`${name} is not registered`);
  handler({
    type: name,
    source: { id: 'RemindIfNoReplyButton' },
    completed: (options?: unknown) => completed.calls.push(options),
  });
  await expect.poll(() => completed.calls.length, { timeout: 6000 }).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return completed;
}

test('in a bare JavaScript-only runtime the bundle registers its functions, flags and commits a send without device storage', async () => {
  const item: FakeItem = { properties: {}, notices: {}, failAll: false };
  const roaming: Record<string, unknown> = {};
  const handlers = jsRuntime(item, roaming);
  expect([...handlers.keys()].sort()).toEqual(['onMessageSend', 'onNewMessageCompose', 'remindIfNoReply']);

  expect((await run(handlers, 'remindIfNoReply')).calls).toEqual([undefined]);
  expect(item.notices['rp-flag']?.message).toMatch(
    /^ReachPlan: reminder \w{3} \d+ \w{3} \d\d:\d\d if Priya doesn't reply\./,
  );

  expect((await run(handlers, 'onMessageSend')).calls).toEqual([{ allowEvent: true }]);
  const followUps = [...roamingDecode(roaming).snapshot.followUps.values()].map((e) => e.value);
  expect(followUps).toHaveLength(1);
  expect(followUps[0]).toMatchObject({ subject: 'Proposal for Contoso', state: 'waiting' });
  const record = itemRecordDecode(item.properties['rp']);
  expect(record.ok && record.value.value.id).toBe(followUps[0]?.id);

  expect((await run(handlers, 'onNewMessageCompose')).calls).toEqual([undefined]);
});

test('in the bare runtime every function completes its event when every Office call fails; the send is allowed', async () => {
  const item: FakeItem = { properties: {}, notices: {}, failAll: true };
  const handlers = jsRuntime(item, {});
  for (const name of ['remindIfNoReply', 'onNewMessageCompose', 'onMessageSend']) {
    const completed = await run(handlers, name);
    expect(completed.calls, name).toEqual([name === 'onMessageSend' ? { allowEvent: true } : undefined]);
  }
});
