/**
 * The browser tests' `test`: every page runs under the loopback-only policy, gets its own workbench
 * session (and `wb`, the typed state API for it), and fails the test when the page (or any frame)
 * logs an error or asks for a non-loopback URL.
 */
import { randomUUID } from 'node:crypto';
import { test as base, expect } from '@playwright/test';
import { loopbackOnly } from './loopbackOnly';
import { WorkbenchApi } from './workbenchApi';

export interface WorkbenchFixtures {
  /** A fresh session id: the workbench server keeps one mailbox and roaming store per session. */
  session: string;
  /** The state API of this test's session. */
  wb: WorkbenchApi;
  /** Non-loopback URLs the page asked for (aborted). A test that provokes one on purpose empties it. */
  blockedRequests: string[];
  /** Problems seen on the page: console errors and page errors. */
  pageProblems: string[];
}

export const test = base.extend<WorkbenchFixtures>({
  // eslint-disable-next-line no-empty-pattern
  session: async ({}, use) => {
    await use(`t-${randomUUID().slice(0, 12)}`);
  },
  wb: async ({ request, session }, use) => {
    await use(new WorkbenchApi(request, session));
  },
  blockedRequests: async ({ context }, use) => {
    await use(await loopbackOnly(context));
  },
  pageProblems: [
    async ({ page, blockedRequests }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      const all = [...problems, ...blockedRequests.map((url) => `non-loopback request: ${url}`)];
      expect(all, 'the page must log no error and request only loopback URLs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
