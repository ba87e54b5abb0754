/**
 * The commands bundle's composition root: every handler completes its event exactly once on every
 * path, also when Office itself throws or the application layer throws or rejects; a send is then
 * allowed, and a failed flag says so on the message.
 */
import { failed, succeeded } from '../officeGlobal';

type Event = { completed: jest.Mock; type?: string; source?: { id: string } };
type Handler = (event: Event) => void;

const NAMES = ['remindIfNoReply', 'onNewMessageCompose', 'onMessageSend'] as const;

interface FakeOffice {
  handlers: Map<string, Handler>;
  notices: { key: string; type: unknown; message: string }[];
}

/** An Office global whose `context` is built by `context()` (which may throw). */
function installOffice(context: () => unknown): FakeOffice {
  const fake: FakeOffice = { handlers: new Map(), notices: [] };
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    MailboxEnums: {
      ItemNotificationMessageType: {
        ErrorMessage: 'errorMessage',
        InformationalMessage: 'informationalMessage',
        ProgressIndicator: 'progressIndicator',
        InsightMessage: 'insightMessage',
      },
      ActionType: { ShowTaskPane: 'showTaskPane' },
    },
    actions: { associate: (name: string, handler: Handler) => fake.handlers.set(name, handler) },
    get context() {
      return context();
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return fake;
}

/** A compose item whose every Office call fails (or throws), but whose notifications work. */
function brokenItem(fake: FakeOffice, mode: 'fail' | 'throw') {
  const broken = (..._args: unknown[]) => {
    const callback = _args.find((a) => typeof a === 'function') as ((r: unknown) => void) | undefined;
    if (mode === 'throw') throw new Error('Office threw');
    callback?.(failed(9002, 'internal error'));
  };
  return {
    subject: { getAsync: broken },
    to: { getAsync: broken },
    cc: { getAsync: broken },
    body: { getAsync: broken },
    saveAsync: broken,
    loadCustomPropertiesAsync: broken,
    notificationMessages: {
      replaceAsync: (key: string, details: { type: unknown; message: string }, cb: (r: unknown) => void) => {
        fake.notices.push({ key, type: details.type, message: details.message });
        cb(succeeded(undefined));
      },
      removeAsync: (_key: string, cb: (r: unknown) => void) => cb(succeeded(undefined)),
    },
  };
}

function load(setup: () => FakeOffice, mocks: Record<string, () => unknown> = {}): FakeOffice {
  let fake: FakeOffice | undefined;
  jest.isolateModules(() => {
    for (const [path, factory] of Object.entries(mocks)) jest.doMock(path, factory);
    fake = setup();
    // The root registers its handlers when loaded: load it afresh, after the Office global exists.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../../src/commands/commands');
  });
  return fake!;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

async function run(fake: FakeOffice, name: (typeof NAMES)[number]): Promise<jest.Mock> {
  const completed = jest.fn();
  const handler = fake.handlers.get(name);
  if (!handler) throw new Error(`${name} is not registered`);
  handler({ completed, type: name, source: { id: 'RemindIfNoReplyButton' } });
  await settle();
  return completed;
}

afterEach(() => {
  jest.resetModules();
  delete (globalThis as { Office?: unknown }).Office;
});

describe('commands composition root', () => {
  it('registers the three functions at the top level (no Office.onReady in the JavaScript-only runtime)', () => {
    const fake = load(() => installOffice(() => ({})));
    expect([...fake.handlers.keys()].sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s completes once when reading Office.context throws', async (name) => {
    const fake = load(() =>
      installOffice(() => {
        throw new Error('context unavailable');
      }),
    );
    const completed = await run(fake, name);
    expect(completed).toHaveBeenCalledTimes(1);
    if (name === 'onMessageSend') expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it.each([['fail'], ['throw']] as const)(
    'every handler completes once when each Office call on the item %ss; the send is allowed',
    async (mode) => {
      const fake = load(() => {
        const f = installOffice(() => context);
        const context = {
          mailbox: {
            userProfile: { emailAddress: 'dana@northwind.example', timeZone: 'W. Europe Standard Time' },
            item: brokenItem(f, mode),
          },
          roamingSettings: {
            get: () => undefined,
            set: () => undefined,
            remove: () => undefined,
            saveAsync: () => undefined,
          },
          requirements: { isSetSupported: () => true },
        };
        return f;
      });
      for (const name of NAMES) {
        const completed = await run(fake, name);
        expect(completed).toHaveBeenCalledTimes(1);
        if (name === 'onMessageSend') expect(completed).toHaveBeenCalledWith({ allowEvent: true });
      }
      expect(fake.notices).toEqual([
        expect.objectContaining({
          key: 'rp-flag',
          type: 'errorMessage',
          message: expect.stringContaining("couldn't flag") as string,
        }),
      ]);
    },
  );

  it('a flag that fails before flagToggle runs (roaming settings unreadable) says so on the message', async () => {
    const fake = load(() => {
      const f = installOffice(() => context);
      const context = {
        mailbox: { userProfile: { emailAddress: 'dana@northwind.example' }, item: brokenItem(f, 'fail') },
        get roamingSettings(): never {
          throw new Error('roaming settings are not loaded');
        },
        requirements: { isSetSupported: () => true },
      };
      return f;
    });
    const completed = await run(fake, 'remindIfNoReply');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(fake.notices).toEqual([
      expect.objectContaining({
        key: 'rp-flag',
        type: 'errorMessage',
        message: expect.stringContaining('roaming settings are not loaded') as string,
      }),
    ]);
  });

  describe.each([
    [
      'throws',
      () => {
        throw new Error('application fault');
      },
    ],
    ['rejects', () => Promise.reject(new Error('application fault'))],
  ])('when the application layer %s', (_label, fault) => {
    const mocks = {
      '../../../src/shared/app/flagToggle': () => ({ FLAG_NOTICE_KEY: 'rp-flag', flagToggle: fault }),
      '../../../src/shared/app/sendCommit': () => ({ sendCommit: fault }),
      '../../../src/shared/app/composeOpen': () => ({ composeOpen: fault }),
    };
    it.each(NAMES)('%s still completes exactly once', async (name) => {
      const fake = load(() => {
        const f = installOffice(() => context);
        const context = {
          mailbox: { userProfile: { emailAddress: 'dana@northwind.example' }, item: brokenItem(f, 'fail') },
          roamingSettings: { get: () => undefined },
          requirements: { isSetSupported: () => true },
        };
        return f;
      }, mocks);
      const completed = await run(fake, name);
      expect(completed).toHaveBeenCalledTimes(1);
      if (name === 'onMessageSend') expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    });
  });
});
