import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** The WCAG 2.1 A and AA rules: what Norwegian law (and every scan here) asks for. */
const wcag21aa: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Passed and inapplicable rules are reported with one element each, not all of them.
  resultTypes: ['violations'],
};

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Runs axe-core with the WCAG 2.1 A and AA rules, once animations have finished, and fails on any violation. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), 'axe-core violations').toEqual([]);
}

/**
 * The WCAG 2.1 A and AA violations axe-core finds on the settled page, one line each.
 *
 * axe-core is put into a page once and run there, not through @axe-core/playwright: its builder
 * sends axe's 550 kB source into the page for every scan and brings back every passed rule's
 * results, 650-1,250 ms a scan where injecting once and running takes 130-600 ms (four
 * coordinator pages, measured 2026-12-06). The app has no iframes, so there are no frames to merge.
 */
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
  // Once per document: a page load starts a new one, a route change in the app keeps it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (options) => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, wcag21aa);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.targets.join('\n  ')}`);
}
