import type { Page } from '@playwright/test';
import {
  fillCompose,
  openDevice,
  openFolder,
  openMessage,
  paneFrame,
  pressSend,
  ribbonButton,
} from './devicePage';
import { expect, test } from './fixtures';

async function send(page: Page): Promise<void> {
  await pressSend(page);
  await expect(page.getByRole('form')).toBeHidden();
}

test.beforeEach(async ({ wb }) => {
  await wb.settings({ addinPages: 'test' });
});

test('sending puts the message in Sent Items with a new id and a conversation id', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await fillCompose(page, {
    to: 'Priya Raman <priya.raman@contoso.example>',
    subject: 'Next steps',
    body: 'Hi Priya,\nShall we meet?',
  });
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  const draftId = await pane.evaluate(
    () =>
      new Promise<string>((resolve, reject) =>
        (Office.context.mailbox.item as Office.MessageCompose).saveAsync((r) =>
          r.status === Office.AsyncResultStatus.Succeeded
            ? resolve(r.value)
            : reject(new Error(r.error.message)),
        ),
      ),
  );
  await send(page);

  const sent = (await wb.messages('sent')).find((m) => m.subject === 'Next steps');
  expect(sent).toBeDefined();
  expect(sent?.id).not.toBe(draftId);
  expect(sent?.conversationId).toEqual(expect.any(String));
  expect(sent?.to).toEqual([{ name: 'Priya Raman', email: 'priya.raman@contoso.example' }]);
  expect(sent?.body).toBe('Hi Priya,\nShall we meet?');
  expect((await wb.messages('drafts')).some((m) => m.id === draftId)).toBe(false);
  await openFolder(page, 'Sent Items');
  await expect(
    page.getByRole('list', { name: 'Message list' }).getByRole('button', { name: /Next steps/ }),
  ).toBeVisible();
});

test('a reply keeps the conversation; editing the reply subject starts a new one', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await openMessage(page, /RE: Site visit dates/);
  const original = await wb.message('inbox-adatum-reply');
  await page
    .getByRole('toolbar', { name: 'Message ribbon' })
    .getByRole('button', { name: 'Reply', exact: true })
    .click();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('RE: Site visit dates');
  await expect(page.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(
    'Kenji Watanabe <kenji@adatum.example>',
  );
  await send(page);

  await openMessage(page, /RE: Site visit dates/);
  await page
    .getByRole('toolbar', { name: 'Message ribbon' })
    .getByRole('button', { name: 'Reply', exact: true })
    .click();
  await fillCompose(page, { subject: 'RE: Site visit: parking' });
  await send(page);

  const sent = await wb.messages('sent');
  const kept = sent.find((m) => m.subject === 'RE: Site visit dates');
  const moved = sent.find((m) => m.subject === 'RE: Site visit: parking');
  expect(kept?.conversationId).toBe(original.conversationId);
  expect(kept?.inReplyTo).toBe(original.internetMessageId);
  expect(moved?.conversationId).not.toBe(original.conversationId);
});

test('custom properties and internet headers set in compose travel to the sent copy; properties can be switched off', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  const sendTracked = async (subject: string) => {
    await page.getByRole('button', { name: 'New mail' }).click();
    await fillCompose(page, { to: 'marcus@fabrikam.example', subject });
    await ribbonButton(page, 'Follow-up plan');
    const pane = await paneFrame(page);
    const status = await pane.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const item = Office.context.mailbox.item as Office.MessageCompose;
          item.internetHeaders.setAsync({ 'x-reachplan-token': 'tok-1' }, () =>
            item.loadCustomPropertiesAsync((loaded) => {
              loaded.value.set('token', 'tok-1');
              loaded.value.saveAsync((saved) => resolve(saved.status as unknown as string));
            }),
          );
        }),
    );
    expect(status).toBe('succeeded');
    await send(page);
    const sent = (await wb.messages('sent')).find((m) => m.subject === subject);
    if (!sent) throw new Error(`${subject} was not sent`);
    return sent;
  };

  const kept = await sendTracked('Tracked one');
  expect(kept.customProperties).toEqual({ token: 'tok-1' });
  expect(await wb.headers(kept.id)).toContain('x-reachplan-token: tok-1\r\n');

  await wb.settings({ customPropertiesOnSentCopy: false });
  const lost = await sendTracked('Tracked two');
  expect(lost.customProperties).toEqual({});
});

test('a message without recipients is not sent', async ({ page, session, wb }) => {
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await fillCompose(page, { subject: 'Nobody' });
  await pressSend(page);
  await expect(page.getByText('This message must have at least one recipient.')).toBeVisible();
  expect((await wb.messages('sent')).some((m) => m.subject === 'Nobody')).toBe(false);
});

test('leaving a compose form saves it to Drafts; opening the draft continues it', async ({
  page,
  session,
  wb,
}) => {
  await openDevice(page, session);
  await page.getByRole('button', { name: 'New mail' }).click();
  await fillCompose(page, { to: 'sam.carter@wingtip.example', subject: 'Half-written', body: 'Hi Sam' });
  await openFolder(page, 'Drafts');
  await expect
    .poll(async () =>
      (await wb.messages('drafts')).some((m) => m.subject === 'Half-written' && m.draft?.saved),
    )
    .toBe(true);
  await openMessage(page, /Half-written/);
  await expect(page.getByRole('textbox', { name: 'Message body' })).toHaveValue('Hi Sam');
});
