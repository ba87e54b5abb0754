import type { Frame, Page } from '@playwright/test';
import { deviceSynced, openDevice, openPaneOn, paneFrame, ribbonButton } from './devicePage';
import { expect, test } from './fixtures';

type Result<T> = {
  status: string;
  value?: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
};

/** Calls `path` (an Office async method under Office.context) with `args` and a callback in the pane; its AsyncResult. */
function call<T>(pane: Frame, path: string, ...args: unknown[]): Promise<Result<T>> {
  return pane.evaluate(
    ([p, a]) =>
      new Promise<Result<T>>((resolve) => {
        const parts = p.split('.');
        const name = parts.pop() ?? '';
        const target = parts.reduce<Record<string, unknown>>(
          (o, k) => o[k] as Record<string, unknown>,
          Office.context as unknown as Record<string, unknown>,
        );
        (target[name] as (...x: unknown[]) => void).call(target, ...a, (r: Result<T>) =>
          resolve(JSON.parse(JSON.stringify(r)) as Result<T>),
        );
      }),
    [path, args] as const,
  );
}

async function readPane(page: Page, session: string): Promise<Frame> {
  await openDevice(page, session);
  return openPaneOn(page, /RE: Site visit dates/);
}

async function composePane(page: Page, session: string): Promise<Frame> {
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await ribbonButton(page, 'Follow-up plan');
  return paneFrame(page);
}

const discard = (page: Page) =>
  page.getByRole('toolbar', { name: 'Compose ribbon' }).getByRole('button', { name: 'Discard' }).click();

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('read mode: onReady, the user, the item, body in both coercions, all internet headers', async ({
  page,
  session,
  wb,
}) => {
  const pane = await readPane(page, session);
  const facts = await pane.evaluate(async () => {
    const info = await Office.onReady();
    const item = Office.context.mailbox.item as Office.MessageRead;
    return {
      info,
      user: Office.context.mailbox.userProfile,
      language: Office.context.displayLanguage,
      host: Office.context.mailbox.diagnostics.hostName,
      itemId: item.itemId,
      subject: item.subject,
      normalized: item.normalizedSubject,
      from: item.from,
      created: item.dateTimeCreated instanceof Date ? item.dateTimeCreated.toISOString() : 'not a Date',
      conversationId: item.conversationId,
      internetMessageId: item.internetMessageId,
    };
  });
  const message = await wb.message('inbox-adatum-reply');
  expect(facts).toEqual({
    info: { host: 'Outlook', platform: 'OfficeOnline' },
    user: {
      displayName: 'Dana Whitfield',
      emailAddress: 'dana@northwind.example',
      // Outlook's Windows format, not the fixture's IANA name.
      timeZone: 'W. Europe Standard Time',
      accountType: 'enterprise',
    },
    language: 'en-US',
    host: 'OutlookWebApp',
    itemId: 'inbox-adatum-reply',
    subject: 'RE: Site visit dates',
    normalized: 'Site visit dates',
    from: {
      emailAddress: 'kenji@adatum.example',
      displayName: 'Kenji Watanabe',
      recipientType: 'externalUser',
    },
    created: '2026-11-18T01:05:00.000Z',
    conversationId: message.conversationId,
    internetMessageId: message.internetMessageId,
  });
  expect(await call<string>(pane, 'mailbox.item.body.getAsync', 'text')).toEqual({
    status: 'succeeded',
    value: message.body,
  });
  const html = await call<string>(pane, 'mailbox.item.body.getAsync', 'html', { asyncContext: 'ctx' });
  expect(html.value).toContain(
    '<div>The 3rd works for us. I will send the site safety briefing next week.</div>',
  );
  expect(html.asyncContext).toBe('ctx');
  const headers = await call<string>(pane, 'mailbox.item.getAllInternetHeadersAsync');
  expect(headers.value).toContain(
    `In-Reply-To: ${(await wb.message('sent-adatum')).internetMessageId ?? ''}\r\n`,
  );
});

test('compose mode: fields round-trip with the form, the item id exists only once saved, the conversation after saving', async ({
  page,
  session,
}) => {
  const pane = await composePane(page, session);
  expect(await call(pane, 'mailbox.item.subject.setAsync', 'Set by the add-in')).toEqual({
    status: 'succeeded',
  });
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Set by the add-in');
  await call(pane, 'mailbox.item.to.setAsync', ['priya.raman@contoso.example']);
  await call(pane, 'mailbox.item.to.addAsync', [
    { displayName: 'Marcus', emailAddress: 'marcus@fabrikam.example' },
  ]);
  await expect(page.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(
    'priya.raman@contoso.example; Marcus <marcus@fabrikam.example>',
  );
  await page.getByRole('textbox', { name: 'Message body' }).fill('Typed by the user');
  await call(pane, 'mailbox.item.body.prependAsync', '<b>Tracked</b> ', { coercionType: 'html' });
  expect((await call<string>(pane, 'mailbox.item.body.getAsync', 'text')).value).toBe(
    'Tracked Typed by the user',
  );
  expect((await call(pane, 'mailbox.item.body.getTypeAsync')).value).toBe('html');
  expect((await call(pane, 'mailbox.item.body.setAsync', 'x', { coercionType: 'rtf' })).error?.code).toBe(
    1000,
  );

  expect(await pane.evaluate(() => Office.context.mailbox.item?.conversationId)).toBeNull();
  expect((await call(pane, 'mailbox.item.getItemIdAsync')).error).toMatchObject({
    code: 9046,
    name: 'ItemNotSaved',
  });
  const saved = await call<string>(pane, 'mailbox.item.saveAsync');
  expect((await call(pane, 'mailbox.item.getItemIdAsync')).value).toBe(saved.value);
  expect(await pane.evaluate(() => Office.context.mailbox.item?.conversationId)).toEqual(expect.any(String));
  expect((await call(pane, 'mailbox.item.getComposeTypeAsync')).value).toEqual({
    composeType: 'newMail',
    coercionType: 'html',
  });
  await call(pane, 'mailbox.item.internetHeaders.setAsync', { 'x-reachplan': 'token-1' });
  expect((await call(pane, 'mailbox.item.internetHeaders.getAsync', ['X-ReachPlan'])).value).toEqual({
    'X-ReachPlan': 'token-1',
  });
  const from = await call(pane, 'mailbox.item.from.getAsync');
  expect(from.value).toMatchObject({ emailAddress: 'dana@northwind.example' });
});

test('argument errors throw as office.js throws them', async ({ page, session }) => {
  const pane = await composePane(page, session);
  const thrown = await pane.evaluate(() => {
    const names: string[] = [];
    const attempt = (f: () => void) => {
      try {
        f();
        names.push('no throw');
      } catch (error: unknown) {
        names.push((error as Error).name);
      }
    };
    const item = Office.context.mailbox.item as Office.MessageCompose;
    attempt(() => item.subject.setAsync('s'.repeat(256)));
    attempt(() => item.body.getAsync('rtf', () => undefined));
    attempt(() => (item.subject.getAsync as unknown as () => void)());
    attempt(() => item.to.setAsync('nobody' as unknown as string[], () => undefined));
    return names;
  });
  expect(thrown).toEqual([
    'Sys.ArgumentOutOfRangeException',
    'Sys.ArgumentException',
    'Sys.ArgumentNullException',
    'Sys.ArgumentException',
  ]);
});

test('an injected Office error fails that call once with its code; the next call succeeds', async ({
  page,
  session,
  wb,
}) => {
  const pane = await readPane(page, session);
  await wb.addFault({
    kind: 'officeCallFails',
    method: 'mailbox.item.body.getAsync',
    code: 9041,
    remaining: 1,
  });
  await deviceSynced(page, wb);
  expect((await call(pane, 'mailbox.item.body.getAsync', 'text')).error).toEqual({
    code: 9041,
    name: 'NetworkError',
    message:
      'The user is no longer connected to the network. Please check your network connection and try again.',
  });
  expect((await call(pane, 'mailbox.item.body.getAsync', 'text')).status).toBe('succeeded');
  expect(await wb.logOf('officeCall.fault')).toHaveLength(1);
});

test('isSetSupported, the theme and its change event follow the client', async ({ page, session, wb }) => {
  const pane = await readPane(page, session);
  expect(
    await pane.evaluate(() => [
      Office.context.requirements.isSetSupported('Mailbox', '1.15'),
      Office.context.officeTheme.isDarkTheme,
    ]),
  ).toEqual([true, false]);
  await page.getByRole('button', { name: 'Controls' }).click();
  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await expect
    .poll(() => pane.evaluate(() => (window as unknown as { __workbenchEvents: string[] }).__workbenchEvents))
    .toContain('OfficeThemeChanged');
  expect(await pane.evaluate(() => Office.context.officeTheme.bodyBackgroundColor)).toBe('#292929');
  await page.keyboard.press('Escape');

  await wb.settings({ requirementLevel: '1.8' });
  await deviceSynced(page, wb);
  expect(
    await pane.evaluate(() => [
      Office.context.requirements.isSetSupported('Mailbox', '1.8'),
      Office.context.requirements.isSetSupported('Mailbox', '1.10'),
      Office.context.officeTheme === undefined,
    ]),
  ).toEqual([true, false, true]);
});

test('display forms open a reply, a new message or another item in the device', async ({
  page,
  session,
  wb,
}) => {
  const pane = await readPane(page, session);
  await pane.evaluate(() =>
    (Office.context.mailbox.item as Office.MessageRead).displayReplyForm('<p>Thanks, Kenji!</p>'),
  );
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('RE: Site visit dates');
  await expect(page.getByRole('textbox', { name: 'Message body' })).toHaveValue(/^Thanks, Kenji!\n/);

  await discard(page);
  const again = await openPaneOn(page, /RE: Site visit dates/);
  await again.evaluate(() =>
    Office.context.mailbox.displayNewMessageForm({
      toRecipients: ['sam.carter@wingtip.example'],
      subject: 'Call tomorrow?',
    }),
  );
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Call tomorrow?');
  await expect(page.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(
    'sam.carter@wingtip.example',
  );

  await discard(page);
  const third = await openPaneOn(page, /RE: Site visit dates/);
  expect((await call(third, 'mailbox.displayMessageFormAsync', 'no-such-item')).error?.code).toBe(9049);
  await third.evaluate(() => Office.context.mailbox.displayMessageForm('inbox-allhands'));
  await expect(page.getByRole('article', { name: 'Reading pane' })).toContainText(
    'Northwind all-hands: Thursday agenda',
  );
  expect((await wb.messages('drafts')).filter((m) => m.draft?.saved === false)).toHaveLength(0);
});
