/**
 * Accessibility of the real task pane in the workbench: axe (WCAG 2.2 A/AA and best practices) inside
 * the pane's frame on every view (this message on a tracked sent message, with its contact editor open
 * and the snooze picker; this message in compose with the writing coach; the due list with items and
 * empty; settings) in Office's light and dark theme at 320 and 500 px; and keyboard operation: Tab reaches
 * the navigation and the main actions with visible focus, arrows move between the tabs.
 */
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
  paneAxe,
  paneTab,
  paneThemeSet,
  paneWidthSet,
  trackSent,
  type AxeFinding,
  type PaneTheme,
  type PaneWidth,
} from './paneViews';
import type { WorkbenchApi } from './workbenchApi';

test.describe.configure({ timeout: 60_000 });

const THEMES: readonly PaneTheme[] = ['light', 'dark'];
const WIDTHS: readonly PaneWidth[] = [320, 500];

/** Runs `views` (each brings the pane to a view and returns its name) in `theme` at each width; axe's findings by view. */
async function axeEverywhere(
  page: Page,
  wb: WorkbenchApi,
  pane: Frame,
  theme: PaneTheme,
  views: readonly (() => Promise<string>)[],
): Promise<Record<string, AxeFinding[]>> {
  const found: Record<string, AxeFinding[]> = {};
  let checked = 0;
  await paneThemeSet(wb, pane, theme);
  for (const width of WIDTHS) {
    await paneWidthSet(page, width);
    for (const view of views) {
      const name = await view();
      const violations = await paneAxe(page, pane);
      checked += 1;
      if (violations.length > 0) found[`${name}, ${theme}, ${width} px`] = violations;
    }
  }
  expect(checked).toBe(WIDTHS.length * views.length);
  return found;
}

for (const theme of THEMES) {
  test(`axe finds nothing on a tracked message, its contact editor, the due list and settings (${theme})`, async ({
    page,
    session,
    wb,
  }) => {
    await roamingWithProfiles(wb, [PRIYA_CARD]);
    await openDevice(page, session);
    const pane = await trackSent(page, PROPOSAL);
    const found = await axeEverywhere(page, wb, pane, theme, [
      async () => {
        await paneTab(pane, 'This message');
        return 'This message (tracked)';
      },
      async () => {
        const step = pane.getByRole('group', { name: /^Actions for / }).first();
        await step.getByRole('button', { name: 'Snooze', expanded: false }).click();
        await expect(pane.getByRole('group', { name: 'Snooze until' })).toBeVisible();
        return 'This message, snooze open';
      },
      async () => {
        await contactEditorOpen(pane, 'Priya Raman');
        return 'Contact editor';
      },
      async () => {
        await pane
          .getByRole('form', { name: 'Edit Priya Raman' })
          .getByRole('button', { name: 'Cancel' })
          .click();
        await pane.getByRole('button', { name: 'Snooze', expanded: true }).click();
        await paneTab(pane, 'Due');
        await expect(pane.getByTestId('due-entry')).toHaveCount(1);
        return 'Due list';
      },
      async () => {
        await paneTab(pane, 'Settings');
        await expect(pane.getByTestId('template-preview')).not.toBeEmpty();
        return 'Settings';
      },
    ]);
    expect(found).toEqual({});
  });

  test(`axe finds nothing in compose (preview and coach) and on the empty due list (${theme})`, async ({
    page,
    session,
    wb,
  }) => {
    await openDevice(page, session);
    const pane = await composeWithPane(page, 'Priya Raman <priya.raman@contoso.example>', 'Kick-off date');
    await expect(pane.getByTestId('plan-step')).toHaveCount(3);
    await pane.getByRole('button', { name: 'Check my writing' }).click();
    await expect(pane.getByRole('button', { name: 'Hide the writing coach' })).toBeVisible();
    const found = await axeEverywhere(page, wb, pane, theme, [
      async () => {
        await paneTab(pane, 'This message');
        return 'This message (compose)';
      },
      async () => {
        await paneTab(pane, 'Due');
        await expect(pane.getByTestId('due-empty')).toBeVisible();
        return 'Due list, empty';
      },
    ]);
    expect(found).toEqual({});
  });
}

/** The pane's focused element: its accessible text, and whether focus is drawn (outline or Fluent's ring). */
async function focused(pane: Frame): Promise<{ role: string; text: string; visible: boolean }> {
  return pane.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { role: '', text: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = el.hasAttribute('data-fui-focus-visible') || el.matches(':focus-visible');
    return {
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      visible: outline || (ring && getComputedStyle(el, '::after').content !== 'none'),
    };
  });
}

test('keyboard: Tab reaches the tabs and the main actions with visible focus; arrows switch views', async ({
  page,
  session,
}) => {
  await openDevice(page, session);
  const pane = await trackSent(page, PROPOSAL);
  // Start from the top of the pane's document, as when the pane opens.
  await page.locator(PANE_FRAME).focus();
  await pane.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  await expect.poll(() => focused(pane)).toEqual({ role: 'tab', text: 'This message', visible: true });

  // Arrows move along the tablist and show each view; Home goes back.
  await page.keyboard.press('ArrowRight');
  await expect(pane.getByRole('tab', { name: /^Due\b/ })).toHaveAttribute('aria-selected', 'true');
  await expect(pane.getByTestId('due-list')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(pane.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(pane.getByRole('tab', { name: 'This message' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => focused(pane)).toMatchObject({ text: 'This message', visible: true });

  // Tab on: every stop shows focus, and the step's main action is reached (and works with Enter).
  const stops: string[] = [];
  for (let i = 0; i < 25 && !stops.includes('Draft reminder'); i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(pane);
    expect(now.visible, `focus visible on "${now.text}"`).toBe(true);
    stops.push(now.text);
  }
  expect(stops).toContain('Draft reminder');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form')).toBeVisible();
});
