/**
 * Bench section "Send path": what the user waits for when pressing Send on a flagged message and when
 * pressing "Remind me if no reply", measured in headless Chromium against the production build in the
 * workbench with the real commands bundle. The workbench times each function from handing the event
 * to the add-in (dispatch) to its completed() call (performance.now() in the device page; `handlerMs`
 * in its event log), so the figures exclude loading the function file, include every Office call,
 * the store load (a mailbox with 100 follow-ups and 60 contact profiles already stored) and the
 * roaming save the send handler waits for. Smart Alerts shows "taking longer than expected" after 5 s.
 */
import { chromium as playwright, type Page } from 'playwright-core';
import { roamingBlob } from '../../test/fixtures/roamingBlob';
import { SAMPLE_NOW, sampleFollowUp, sampleProfiles } from '../../test/fixtures/storageSamples';
import type { BenchRow, Measure } from './benchSection';
import { describeSpread, spread } from './stats';

const RUNS = 22;
const WARM_UP = 2;

interface LogEntry {
  readonly kind: string;
  readonly detail: Record<string, unknown>;
}

/** Roaming settings of a user who already tracks 100 messages and knows 60 contacts. */
async function seededRoaming(): Promise<Record<string, string>> {
  const values = await roamingBlob('Europe/Berlin', SAMPLE_NOW, (store) => {
    const profiles = sampleProfiles(60);
    for (const profile of profiles) store.upsertProfile(profile);
    for (let i = 0; i < 100; i += 1) store.upsertFollowUp(sampleFollowUp(i, profiles));
  });
  // The state API takes each value JSON-stringified, as Office stores it.
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, JSON.stringify(value)]));
}

async function api<T>(base: string, path: string, init?: { method: string; body: unknown }): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: init?.method ?? 'GET',
    ...(init ? { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } } : {}),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One flag + send of a message to `to`; returns the two handler times. */
async function flagAndSend(page: Page, base: string, to: string, subject: string) {
  const log = () => api<LogEntry[]>(base, '/log');
  const count = async (kind: string) => (await log()).filter((e) => e.kind === kind).length;
  const commandsBefore = await count('command.completed');
  const sendsBefore = (await log()).filter(
    (e) => e.kind === 'event.completed' && e.detail['type'] === 'OnMessageSend',
  ).length;
  await page.getByRole('button', { name: 'New mail' }).click();
  const form = page.getByRole('form');
  await form.getByRole('textbox', { name: 'To', exact: true }).fill(to);
  await form.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await form
    .getByRole('textbox', { name: 'Message body' })
    .fill('Hi, could you confirm the start date by Friday?');
  await page.getByRole('toolbar').getByRole('button', { name: 'Remind me if no reply', exact: true }).click();
  await until(async () => (await count('command.completed')) > commandsBefore, 'the compose button');
  await page.mouse.move(0, 0);
  await page.getByRole('toolbar', { name: 'Compose ribbon' }).getByRole('button', { name: 'Send' }).click();
  await page.getByRole('form').waitFor({ state: 'hidden', timeout: 15_000 });
  let entries: LogEntry[] = [];
  await until(async () => {
    entries = await log();
    return (
      entries.filter((e) => e.kind === 'event.completed' && e.detail['type'] === 'OnMessageSend').length >
      sendsBefore
    );
  }, 'OnMessageSend');
  const button = entries.filter((e) => e.kind === 'command.completed').at(-1);
  const send = entries
    .filter((e) => e.kind === 'event.completed' && e.detail['type'] === 'OnMessageSend')
    .at(-1);
  const options = send?.detail['options'] as { allowEvent?: boolean } | null;
  if (options?.allowEvent !== true) throw new Error(`the send was not allowed: ${JSON.stringify(options)}`);
  return { button: Number(button?.detail['handlerMs']), send: Number(send?.detail['handlerMs']) };
}

export const measure: Measure = async ({ workbenchUrl, chromium }) => {
  const roaming = await seededRoaming();
  const browser = await playwright.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows: BenchRow[] = [];
  const add = (metric: string, samples: number[]) => {
    const s = spread(samples);
    rows.push({ metric, value: Math.round(s.median), unit: 'ms median', note: describeSpread(s) });
  };
  try {
    const variants = [
      { label: '1 recipient', to: 'Priya Raman <priya.raman@contoso.example>' },
      {
        label: '20 recipients',
        to: [
          'Priya Raman <priya.raman@contoso.example>',
          ...Array.from({ length: 19 }, (_, i) => `buyer${i + 1}@contoso.example`),
        ].join('; '),
      },
    ];
    const buttons: number[] = [];
    for (const variant of variants) {
      const session = `bench-send-${process.pid}-${variant.label.replace(/\W+/g, '-')}`;
      const base = new URL(`/api/s/${session}`, workbenchUrl).href;
      await api(base, '/reset', { method: 'POST', body: { fixture: 'default' } });
      await api(base, '/roaming', { method: 'PUT', body: { values: roaming } });
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(new URL(`/workbench/?session=${session}`, workbenchUrl).href);
      await page.getByRole('list', { name: 'Message list' }).waitFor();
      const sends: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const times = await flagAndSend(page, base, variant.to, `Bench ${variant.label} ${run}`);
        if (run < WARM_UP) continue;
        sends.push(times.send);
        if (variant.label === '1 recipient') buttons.push(times.button);
      }
      add(`OnMessageSend, flagged, ${variant.label}: dispatch → completed()`, sends);
      await page.close();
    }
    add('compose button (remindIfNoReply), 1 recipient: dispatch → completed()', buttons);
  } finally {
    await browser.close();
  }
  return { title: `Send path (${RUNS - WARM_UP} runs each, headless Chromium, 100 follow-ups stored)`, rows };
};
