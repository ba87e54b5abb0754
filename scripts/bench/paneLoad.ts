/**
 * Bench section: task pane cold loads in headless Chromium, production build inside the workbench.
 * The pane is opened on a sent proposal from the ribbon. Timed in the pane frame's own clock (navigation start of the frame): first useful paint = the first
 * element marked `data-first-useful` (the plan, the due list or the message card) appears; interactive =
 * the first idle period after it (requestIdleCallback), when input is handled without delay.
 * The same-run baseline page (React + the same Fluent parts, no ReachPlan code) is loaded the same way.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { chromium, type Browser, type BrowserContext, type Frame } from 'playwright-core';
import { OFFICE_CDN_URL } from '../../workbench/shared/officeCdn';
import { CHROMIUM_ARGS } from '../chromiumPath';
import type { BenchRow, Measure } from './benchSection';
import { describeSpread, spread } from './stats';

const RUNS = 12;
/** A sent proposal of the default fixture. */
const PROPOSAL = /Proposal: onboarding package for Contoso/;
const LOOPBACK = /^(https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/|data:|blob:|about:)/;

declare global {
  interface Window {
    __benchUseful?: number;
    __benchInteractive?: number;
  }
}

/**
 * Installed in every frame before its scripts: records when [data-first-useful] first appears, then the
 * first idle period after it. A string, not a function: tsx's transform would add helpers the page lacks.
 */
const MARK_FIRST_USEFUL = `(() => {
  const check = () => {
    if (window.__benchUseful !== undefined || !document.querySelector('[data-first-useful]')) return;
    window.__benchUseful = performance.now();
    observer.disconnect();
    requestIdleCallback(() => { window.__benchInteractive = performance.now(); }, { timeout: 10000 });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-first-useful'] });
})();`;

async function coldContext(browser: Browser, runtimeUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route(OFFICE_CDN_URL, (route) =>
    route.fulfill({ status: 302, headers: { location: runtimeUrl } }),
  );
  await context.route(
    (url) => !LOOPBACK.test(url.href) && url.href !== OFFICE_CDN_URL,
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript({ content: MARK_FIRST_USEFUL });
  return context;
}

async function frameTimings(frame: Frame): Promise<{ useful: number; interactive: number }> {
  await frame.waitForFunction(() => window.__benchInteractive !== undefined, undefined, { timeout: 30_000 });
  return frame.evaluate(() => ({
    useful: window.__benchUseful ?? NaN,
    interactive: window.__benchInteractive ?? NaN,
  }));
}

async function loadPane(browser: Browser, workbenchUrl: string, run: number) {
  const context = await coldContext(browser, `${workbenchUrl}/workbench/office-runtime.js`);
  try {
    const page = await context.newPage();
    await page.goto(`${workbenchUrl}/workbench/?session=bench-${run}-${Date.now()}&fixture=default`);
    // The pane opens as a user opens it: on a sent proposal, from the ribbon.
    await page
      .getByRole('navigation', { name: 'Folders' })
      .getByRole('button', { name: /^Sent Items/ })
      .click();
    await page.getByRole('list', { name: 'Message list' }).getByRole('button', { name: PROPOSAL }).click();
    await page.getByRole('toolbar').getByRole('button', { name: 'Follow-up plan', exact: true }).click();
    const frameElement = await page.waitForSelector('iframe[title="ReachPlan task pane"]', {
      timeout: 30_000,
    });
    const frame = await frameElement.contentFrame();
    if (!frame) throw new Error('the task pane frame did not load');
    return await frameTimings(frame);
  } finally {
    await context.close();
  }
}

async function loadBaseline(browser: Browser, url: string, runtimeUrl: string) {
  const context = await coldContext(browser, runtimeUrl);
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await frameTimings(page.mainFrame());
  } finally {
    await context.close();
  }
}

export const measure: Measure = async ({ root, workbenchUrl, chromium: executablePath }) => {
  const app = express();
  app.use(express.static(path.join(root, 'build/bench-baseline')));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baselineUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const pane = { useful: [] as number[], interactive: [] as number[] };
    const base = { useful: [] as number[], interactive: [] as number[] };
    await loadPane(browser, workbenchUrl, -1); // warm the server's file cache, not the browser's
    for (let run = 0; run < RUNS; run += 1) {
      const p = await loadPane(browser, workbenchUrl, run);
      pane.useful.push(p.useful);
      pane.interactive.push(p.interactive);
      const b = await loadBaseline(browser, baselineUrl, `${workbenchUrl}/workbench/office-runtime.js`);
      base.useful.push(b.useful);
      base.interactive.push(b.interactive);
    }
    const rows: BenchRow[] = [];
    const add = (metric: string, samples: number[]) => {
      const s = spread(samples);
      rows.push({ metric, value: Math.round(s.median), unit: 'ms median', note: describeSpread(s) });
    };
    add('pane: navigation → first useful paint', pane.useful);
    add('pane: navigation → interactive', pane.interactive);
    add('baseline page: navigation → first paint', base.useful);
    add('baseline page: navigation → interactive', base.interactive);
    const ratio = spread(pane.useful).median / spread(base.useful).median;
    rows.push({
      metric: 'pane / baseline (first useful paint)',
      value: Math.round(ratio * 100) / 100,
      unit: '×',
    });
    return { title: `Pane load (${RUNS} cold loads, headless Chromium)`, rows };
  } finally {
    await browser.close();
    server.close();
  }
};
