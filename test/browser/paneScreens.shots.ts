/**
 * Screenshots of every task pane view in Office's light and dark theme at 320 and 500 px, written to
 * test-results/screenshots/ (`npm run screenshots`). With SCREENSHOTS_DOCS=1 the 320 px set also goes to
 * docs/screenshots/, where docs/taskpane.md shows it. For people to look at: nothing is asserted here
 * beyond reaching each view (the journeys and accessibility specs do that).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { openDevice } from './devicePage';
import { expect, test } from './fixtures';
import { roamingWithProfiles } from './integrationSupport';
import {
  PANE_FRAME,
  PRIYA_CARD,
  PROPOSAL,
  composeWithPane,
  contactEditorOpen,
  paneTab,
  paneThemeSet,
  paneWidthSet,
  trackSent,
  type PaneTheme,
  type PaneWidth,
} from './paneViews';

const OUT = path.resolve('test-results/screenshots');
const DOCS = path.resolve('docs/screenshots');
const THEMES: readonly PaneTheme[] = ['light', 'dark'];
const WIDTHS: readonly PaneWidth[] = [320, 500];

/** Captures the whole pane document (the window grows to its height) as `<view>-<theme>-<width>.png`. */
async function shoot(page: Page, pane: Frame, view: string, theme: PaneTheme, width: PaneWidth) {
  await pane.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0); // no hover state in the picture
  const frame = page.locator(PANE_FRAME);
  const top = (await frame.boundingBox())?.y ?? 0;
  const height = await pane.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.ceil(top + height + 4) });
  await expect.poll(() => pane.evaluate(() => window.innerHeight)).toBeGreaterThanOrEqual(height);
  const name = `${view}-${theme}-${width}.png`;
  mkdirSync(OUT, { recursive: true });
  await frame.screenshot({ path: path.join(OUT, name) });
  if (process.env['SCREENSHOTS_DOCS'] === '1' && width === 320) {
    mkdirSync(DOCS, { recursive: true });
    await frame.screenshot({ path: path.join(DOCS, name) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a tracked message, its contact editor, the due list and settings', async ({ page, session, wb }) => {
  await roamingWithProfiles(wb, [PRIYA_CARD]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDevice(page, session);
  await trackSent(page, 'Renewal terms for 2027');
  await trackSent(page, 'Training schedule for January');
  const pane = await trackSent(page, PROPOSAL);
  await pane.getByRole('button', { name: 'Dismiss' }).first().click();
  for (const theme of THEMES) {
    await paneThemeSet(wb, pane, theme);
    for (const width of WIDTHS) {
      await paneWidthSet(page, width);
      await paneTab(pane, 'This message');
      await shoot(page, pane, 'message', theme, width);
      const editor = await contactEditorOpen(pane, 'Priya Raman');
      await editor.scrollIntoViewIfNeeded();
      await shoot(page, pane, 'contact-editor', theme, width);
      await editor.getByRole('button', { name: 'Cancel' }).click();
      await paneTab(pane, 'Due');
      await shoot(page, pane, 'due', theme, width);
      await paneTab(pane, 'Settings');
      await shoot(page, pane, 'settings', theme, width);
    }
  }
});

test('compose and the empty due list', async ({ page, session, wb }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDevice(page, session);
  const pane = await composeWithPane(page, 'Priya Raman <priya.raman@contoso.example>', 'Kick-off date');
  for (const theme of THEMES) {
    await paneThemeSet(wb, pane, theme);
    for (const width of WIDTHS) {
      await paneWidthSet(page, width);
      await paneTab(pane, 'This message');
      await expect(pane.getByTestId('plan-step')).toHaveCount(3);
      await shoot(page, pane, 'compose', theme, width);
      await paneTab(pane, 'Due');
      await shoot(page, pane, 'due-empty', theme, width);
    }
  }
});
