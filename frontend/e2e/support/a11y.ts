import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core with the WCAG 2.1 A and AA rules, once animations have finished, and fails on any violation. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), 'axe-core violations').toEqual([]);
}

/** The WCAG 2.1 A and AA violations axe-core finds on the settled page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Dialogs and popovers fade in: a half-transparent frame has too little contrast. Scan the
  // settled page, as a reader sees it.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Legacy mode runs axe once inside the page; the default also opens a blank page and injects
  // axe a second time to merge frame results, which we have none of (no iframes): half the time.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
}
