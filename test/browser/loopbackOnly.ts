/**
 * Network policy for every browser test: loopback only. The Office.js CDN URL is served by the
 * workbench runtime; any other non-loopback request is aborted and recorded so the test fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { OFFICE_CDN_URL } from '../../workbench/shared/officeCdn';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const runtimeFile = path.resolve(__dirname, '../../build/workbench/office-runtime.js');

/** True for http(s) URLs on a loopback host, and for in-page schemes (data:, blob:, about:). */
export function isLoopback(url: string): boolean {
  const parsed = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return LOOPBACK_HOSTS.has(parsed.hostname);
}

/** Installs the policy on a context; returns the list that collects blocked URLs. */
export async function loopbackOnly(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(OFFICE_CDN_URL, (route) =>
    route.fulfill({ contentType: 'application/javascript', body: readFileSync(runtimeFile, 'utf8') }),
  );
  await context.route(
    (url) => !isLoopback(url.href) && url.href !== OFFICE_CDN_URL,
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return blocked;
}
