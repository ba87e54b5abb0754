/**
 * Screenshots of the task pane for a person to look at (`npm run screenshots`): not part of `npm test`.
 * The same workbench and Chromium as the browser tests; only the *.shots.ts files run.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testMatch: '**/*.shots.ts',
  timeout: 120_000,
  workers: 2,
});
