/**
 * Bringing the real task pane to each of its views in the workbench (for the journey, accessibility and
 * screenshot specs): the pane's width and Office's theme, a tracked sent message, a message in compose,
 * a navigation tab, the contact editor; and axe run inside the pane's frame.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { openFolder, openPaneOn, paneFrame, ribbonButton } from './devicePage';
import { expect } from './fixtures';
import type { ContactProfile } from '../../src/shared/domain/types';
import { PRIYA_EMAIL, compose } from './integrationSupport';
import type { WorkbenchApi } from './workbenchApi';

export type PaneWidth = 320 | 500;
export type PaneTheme = 'light' | 'dark';
export type PaneTab = 'This message' | 'Due' | 'Settings';

export const PANE = 'aside[aria-label="Task pane"]';
export const PANE_FRAME = `${PANE} iframe`;

/** Priya's card as a user would have filled it in: phone first, LinkedIn second, Tue–Thu mornings in Singapore. */
export const PRIYA_CARD: ContactProfile = {
  email: PRIYA_EMAIL,
  displayName: 'Priya Raman',
  channels: [
    { kind: 'phone', address: '+6561234567' },
    { kind: 'linkedin', address: 'https://www.linkedin.com/in/priya-raman' },
  ],
  timeZone: 'Asia/Singapore',
  bestDays: [2, 3, 4],
  bestTimes: [{ start: 540, end: 720 }],
  worstTimes: [{ start: 0, end: 480 }],
  waitHours: 48,
  notes: 'Reads mail on her phone.',
  status: { kind: 'active' },
};

/** The default fixture's proposal to Priya, sent on Monday and not tracked yet. */
export const PROPOSAL = 'Proposal: onboarding package for Contoso';

/**
 * Sets the pane's width as a user dragging its edge would (Outlook's pane is resizable; the workbench's
 * own switch offers 320 and 420 px, taskPane.spec.ts covers it).
 */
export async function paneWidthSet(page: Page, width: PaneWidth): Promise<void> {
  const pane = page.locator(PANE);
  await pane.evaluate((el, w) => {
    (el as HTMLElement).style.width = `${w}px`;
    (el as HTMLElement).style.flex = `0 0 ${w}px`;
  }, width);
  await expect.poll(async () => (await pane.boundingBox())?.width).toBe(width);
}

/** Switches Office's theme for the session and waits until the pane shows it. */
export async function paneThemeSet(wb: WorkbenchApi, pane: Frame, theme: PaneTheme): Promise<void> {
  await wb.settings({ theme });
  await expect(pane.locator(`[data-theme="${theme}"]`)).toBeVisible();
}

/** Opens the sent message `subject` with the pane and presses "Track this message"; the pane's frame. */
export async function trackSent(page: Page, subject: string): Promise<Frame> {
  await openFolder(page, 'Sent Items');
  const pane = await openPaneOn(page, subject);
  await pane.getByRole('button', { name: 'Track this message' }).click();
  await expect(pane.getByTestId('plan-timeline')).toBeVisible();
  return pane;
}

/** Opens a new message to `to` with the pane on it (compose mode); the pane's frame. */
export async function composeWithPane(page: Page, to: string, subject: string): Promise<Frame> {
  await compose(page, { to, subject, body: 'Hi, could you confirm the start date by Friday?' });
  await ribbonButton(page, 'Follow-up plan');
  const pane = await paneFrame(page);
  await expect(pane.getByTestId('flag-switch')).toBeVisible();
  return pane;
}

/** Selects one of the pane's navigation tabs and waits for its panel. */
export async function paneTab(pane: Frame, tab: PaneTab): Promise<void> {
  await pane.getByRole('tab', { name: new RegExp(`^${tab}\\b`) }).click();
  await expect(pane.getByRole('tabpanel')).toBeVisible();
}

/** Opens the contact editor of `name`'s card in the pane; its form. */
export async function contactEditorOpen(pane: Frame, name: string) {
  const card = pane.getByRole('region', { name: `Contact: ${name}` });
  await card.getByRole('button', { name: 'Edit preferences' }).click();
  const form = pane.getByRole('form', { name: `Edit ${name}` });
  await expect(form).toBeVisible();
  return form;
}

/** A violation as the failure message shows it: the rule, its help and where. */
export interface AxeFinding {
  readonly rule: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe (WCAG 2.x A/AA and best practices) on the pane's document only; what it found. */
export async function paneAxe(page: Page, pane: Frame): Promise<AxeFinding[]> {
  // From the top: scrolled, the pane's sticky header lies over whatever passes under it, and axe's
  // target-size rule then counts that control as obscured (it is not: scrolling shows it).
  await pane.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page })
    .include([PANE_FRAME, 'html'])
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    targets: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
}
