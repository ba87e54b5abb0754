/**
 * Signing in with nested app authentication, through MSAL's real API (createNestablePublicClientApplication,
 * acquireTokenSilent, acquireTokenPopup) and the bridge the workbench's Office runtime puts where Office
 * puts it (window.nestedAppAuthBridge): consent by popup, a cancelled popup, a client without NAA, 401
 * and expired tokens, throttling, signing out, and tokens kept in memory only.
 */
import type { Frame } from '@playwright/test';
import { GraphStateApi } from './connectedGraphApi';
import {
  CONNECTED_SWITCH,
  connectedOn,
  flagAndSend,
  lastCheck,
  openConnectedSettings,
} from './connectedSteps';
import { openDevice } from './devicePage';
import { expect, test } from './fixtures';

const SIGNED_IN = 'Signed in as Dana Whitfield (dana@northwind.example)';

async function switchOn(pane: Frame): Promise<void> {
  await pane.getByRole('switch', { name: CONNECTED_SWITCH }).click();
}

test('asks for consent with a popup when a silent sign-in is not enough', async ({
  page,
  session,
  request,
}) => {
  const graph = new GraphStateApi(request, session);
  await graph.settings({ consented: false, popup: 'consent' });
  await openDevice(page, session);
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await switchOn(pane);
  await expect(pane.getByText('Sign in to let ReachPlan read your mail and keep your tasks.')).toBeVisible();
  await pane.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(pane.getByTestId('connected-account')).toHaveText(SIGNED_IN);
  await expect.poll(() => lastCheck(pane)).toContain('nothing new');
  expect((await graph.state()).tokensIssued).toEqual({ silent: 0, popup: 1 });
});

test('says so when the user closes the sign-in popup', async ({ page, session, request }) => {
  const graph = new GraphStateApi(request, session);
  await graph.settings({ consented: false, popup: 'cancel' });
  await openDevice(page, session);
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await switchOn(pane);
  await pane.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(pane.getByText('Sign-in was cancelled.')).toBeVisible();
  await expect(pane.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
});

test('explains that an older Outlook cannot sign in, and never loads the connected code', async ({
  page,
  session,
  request,
}) => {
  const graph = new GraphStateApi(request, session);
  await graph.settings({ nestedAppAuth: false });
  // The pane loads its own lazy chunks meanwhile; connected mode's are the connected chunk and any chunk
  // holding MSAL (webpack splits it out under a number).
  const chunks: Promise<string | null>[] = [];
  page.on('response', (r) => {
    if (!/\/(connected|\d+)\.[0-9a-f]{8}\.js$/.test(r.url())) return;
    chunks.push(
      r
        .text()
        .then((text) =>
          r.url().includes('/connected.') || text.includes('createNestablePublicClientApplication')
            ? r.url()
            : null,
        ),
    );
  });
  await openDevice(page, session);
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  expect(await pane.evaluate(() => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'))).toBe(
    false,
  );
  await switchOn(pane);
  await expect(
    pane.getByText(/This version of Outlook cannot sign add-ins in to Microsoft 365/),
  ).toBeVisible();
  expect((await Promise.all(chunks)).filter((url) => url !== null)).toEqual([]);
});

test('signs in again after a 401 and when the token expires, silently', async ({
  page,
  session,
  wb,
  request,
  pageProblems,
}) => {
  const graph = new GraphStateApi(request, session);
  await openDevice(page, session);
  await flagAndSend(page, wb, {
    to: 'Priya Raman <priya.raman@contoso.example>',
    subject: 'Onboarding proposal',
  });
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await connectedOn(pane);
  await expect.poll(() => lastCheck(pane)).toContain('To Do reminder added');
  const first = (await graph.state()).tokensIssued.silent;

  await graph.addFault({ kind: 'unauthorized', remaining: 1 });
  const since = (await graph.log()).at(-1)?.seq ?? 0;
  await pane.getByRole('button', { name: 'Check for replies now' }).click();
  await expect
    .poll(async () => (await graph.log(since)).map((e) => e.status).slice(0, 2))
    .toEqual([401, 200]);
  await expect.poll(async () => (await graph.state()).tokensIssued.silent).toBe(first + 1);
  await expect(pane.getByText(/Could not finish/)).toHaveCount(0);

  // Two days later MSAL's cached token has expired: the next sweep gets a new one without a 401.
  const beforeExpiry = (await graph.log()).at(-1)?.seq ?? 0;
  await wb.advanceClock({ days: 2 });
  await pane.getByRole('button', { name: 'Check for replies now' }).click();
  await expect.poll(async () => (await graph.state()).tokensIssued.silent).toBeGreaterThanOrEqual(first + 2);
  await expect.poll(async () => (await graph.log(beforeExpiry)).length).toBeGreaterThan(0);
  expect((await graph.log(beforeExpiry)).filter((e) => e.status === 401)).toEqual([]);
  // The browser logs the 401 it received on purpose; nothing else.
  expect(pageProblems).toEqual([expect.stringContaining('status of 401')]);
  pageProblems.length = 0;
});

test('waits out throttling (429 with Retry-After) and finishes the sweep', async ({
  page,
  session,
  wb,
  request,
  pageProblems,
}) => {
  const graph = new GraphStateApi(request, session);
  await openDevice(page, session);
  const sent = await flagAndSend(page, wb, {
    to: 'Priya Raman <priya.raman@contoso.example>',
    subject: 'Onboarding proposal',
  });
  await wb.answer(sent.id, 'reply');
  await graph.addFault({ kind: 'throttle', status: 429, retryAfterSeconds: 1, remaining: 1, path: '$batch' });
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await connectedOn(pane);
  await expect.poll(() => lastCheck(pane)).toContain('1 reply cleared its plan');
  expect((await graph.log()).filter((e) => e.status === 429)).toHaveLength(1);
  expect(pageProblems).toEqual([expect.stringContaining('status of 429')]);
  pageProblems.length = 0;
});

test('keeps tokens in memory only, and stays signed out on this device after Sign out', async ({
  page,
  session,
}) => {
  await openDevice(page, session);
  const pane = await openConnectedSettings(page, /Northwind all-hands/);
  await connectedOn(pane);
  await expect.poll(() => lastCheck(pane)).toContain('nothing new');
  const stored = await pane.evaluate(() => {
    const all: string[] = [document.cookie];
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        all.push(key, storage.getItem(key) ?? '');
      }
    }
    return all.join('\n');
  });
  expect(stored).not.toMatch(/eyJ[\w-]+\.eyJ/); // no JWT (access or ID token) anywhere
  expect(stored.toLowerCase()).not.toContain('accesstoken');

  await pane.getByRole('button', { name: 'Sign out' }).click();
  await expect(pane.getByText('Not signed in on this device.')).toBeVisible();
  await page.reload();
  const again = await openConnectedSettings(page, /Northwind all-hands/);
  await expect(again.getByRole('switch', { name: CONNECTED_SWITCH })).toBeChecked();
  await expect(again.getByText('Not signed in on this device.')).toBeVisible();
  await expect(again.getByTestId('connected-account')).toHaveCount(0);
});
