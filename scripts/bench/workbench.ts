/**
 * Bench section "Workbench": the size of the Office runtime the add-in's frames load and of the device
 * page, and how long the workbench takes for what a user does (device ready, task pane ready, a
 * function command round trip, a send through OnMessageSend) in headless Chromium. One run each,
 * against the production build the runner serves; the real add-in's pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium as playwright, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromiumPath';
import type { BenchRow, Measure } from './benchSection';

function gzipKb(file: string): BenchRow[] {
  const bytes = readFileSync(file);
  const name = path.basename(file);
  return [
    { metric: `${name} raw`, value: Math.round(bytes.length / 102.4) / 10, unit: 'KB' },
    { metric: `${name} gzip`, value: Math.round(gzipSync(bytes).length / 102.4) / 10, unit: 'KB' },
  ];
}

async function timed(metric: string, run: () => Promise<unknown>): Promise<BenchRow> {
  const start = performance.now();
  await run();
  return { metric, value: Math.round(performance.now() - start), unit: 'ms' };
}

async function paneReady(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('aside[aria-label="Task pane"] iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('no task pane frame');
  await frame.waitForFunction(() => typeof Office !== 'undefined' && Office.context?.mailbox !== undefined);
  return frame;
}

export const measure: Measure = async ({ root, workbenchUrl, chromium }) => {
  const rows: BenchRow[] = [
    ...gzipKb(path.join(root, 'build/workbench/office-runtime.js')),
    ...gzipKb(path.join(root, 'build/workbench/workbench.js')),
  ];
  const browser = await playwright.launch({
    executablePath: chromium,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const session = `bench-${process.pid}`;
    const base = new URL('/workbench/', workbenchUrl).href;
    rows.push(
      await timed('device ready (navigation → message list)', async () => {
        await page.goto(`${base}?session=${session}&fixture=default`);
        await page.getByRole('list', { name: 'Message list' }).waitFor();
      }),
    );
    await page.getByRole('button', { name: /RE: Site visit dates/ }).click();
    rows.push(
      await timed('task pane ready (button → Office.onReady)', async () => {
        await page.getByRole('button', { name: 'Follow-up plan', exact: true }).click();
        await paneReady(page);
      }),
    );
    await page.getByRole('button', { name: 'New mail' }).click();
    rows.push(
      await timed('function command round trip (button → completed())', async () => {
        const completed = page.waitForRequest(
          (request) =>
            request.url().endsWith('/log') && (request.postData() ?? '').includes('command.completed'),
        );
        await page.getByRole('button', { name: 'Remind me if no reply' }).click();
        await completed;
      }),
    );
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('priya.raman@contoso.example');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Bench');
    rows.push(
      await timed('send with OnMessageSend (Send → in Sent Items)', async () => {
        await page
          .getByRole('toolbar', { name: 'Compose ribbon' })
          .getByRole('button', { name: 'Send' })
          .click();
        await page.getByRole('form').waitFor({ state: 'hidden' });
      }),
    );
  } finally {
    await browser.close();
  }
  return { title: 'Workbench', rows };
};
