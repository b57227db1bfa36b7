import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The test object every spec uses. It fails a test on any console error, Content Security
 * Policy violation or browser dialog (alert, confirm, prompt), and offers `shot(name)`, which saves a screenshot under e2e/.artifacts/shots
 * for people to look at.
 */
export const test = base.extend<{ shot: (name: string) => Promise<void> }>({
  page: async ({ page, context }, use) => {
    const problems: string[] = [];
    // Requests that fail while a test has deliberately cut the connection are expected. The
    // browser says ERR_INTERNET_DISCONNECTED, or ERR_FAILED when the request went through the
    // service worker (ADR 0020), whose own fetch failed; only the latter needs to know that the
    // test went offline, so ERR_FAILED still fails every test that never cut the connection.
    let cutConnection = false;
    const setOffline = context.setOffline.bind(context);
    context.setOffline = async (offline: boolean) => {
      if (offline) cutConnection = true;
      await setOffline(offline);
    };
    page.on('console', (message) => {
      const text = message.text();
      const expectedOffline =
        text.includes('net::ERR_INTERNET_DISCONNECTED') ||
        (cutConnection && text === 'Failed to load resource: net::ERR_FAILED');
      if (message.type() === 'error' && !expectedOffline) {
        // A failed load names only its status; the address says which call it was.
        const at = message.location().url;
        problems.push(at && text.startsWith('Failed to load resource') ? `${text} ${at}` : text);
      }
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // Chromium prints a CSP violation as a console error only when it blocks a load; one that a
    // script caught (zod's probe for `new Function`, say) is only an event, and an entry in
    // DevTools' Issues panel that Lighthouse counts against best practices. Report those too.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(
          `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    // The browser's own alert/confirm/prompt are not allowed anywhere (FormDialog instead).
    page.on('dialog', (dialog) => {
      problems.push(`browser ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await use(page);
    expect(problems, 'console errors and CSP violations').toEqual([]);
  },
  shot: async ({ page }, use, testInfo) => {
    const dir = path.join(import.meta.dirname, '..', '.artifacts', 'shots');
    fs.mkdirSync(dir, { recursive: true });
    await use(async (name: string) => {
      await page.screenshot({
        path: path.join(dir, `${testInfo.project.name}-${name}.png`),
        fullPage: true,
      });
    });
  },
});

export { expect };

/** Switches the interface language with the header's language select and waits for it. */
export async function switchLanguage(page: Page, to: 'en' | 'nb' | 'nn') {
  await page.getByRole('combobox', { name: /^(Språk|Language)$/ }).selectOption(to);
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}
