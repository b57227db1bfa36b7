import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { apiTopic, registerMember, uniqueSuffix } from './support/forum';
import type { Page } from '@playwright/test';

/**
 * Helsebro without a connection (issue 14, ADR 0020): once a member has used it, the service worker
 * keeps the app shell, so a reload on a lost connection shows Helsebro with a readable message
 * instead of the browser's "no internet" page, and a reply being written is still there when the
 * connection returns.
 */
async function workerHasKeptThisPage(page: Page) {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const loaded = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/assets/'));
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('helsebro-'))!);
    const kept = await Promise.all(loaded.map((p) => cache.match(p)));
    return loaded.length > 0 && kept.every(Boolean) && !!(await cache.match('/'));
  });
}

test('a reload without a connection shows Helsebro and says it is offline; the draft survives', async ({
  page,
  context,
  shot,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone is where connections drop');
  await registerMember(page, 'Frakoplet');
  const id = await apiTopic(page, {
    kind: 'DISCUSSION',
    title: `Dekning på hjemmebesøk ${uniqueSuffix()}`,
    body: 'Hvordan jobber dere der nettet er svakt?',
  });
  await page.goto(`/forum/t/${id}`);
  await page.getByLabel('Svaret ditt').fill('Vi skriver notatet ferdig i bilen.');
  await expect(page.getByRole('status').filter({ hasText: /^Utkast lagret/ })).toBeVisible();
  await expect.poll(() => workerHasKeptThisPage(page), { timeout: 20_000 }).toBe(true);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Du er uten nett' })).toBeVisible();
  // Helsebro's own page (its header and links), not the browser's "no internet" page; the member is
  // not signed out, the page waits for the connection.
  await expect(page.getByRole('link', { name: /^Helsebro/ })).toBeVisible();
  // The session is unknown offline: the header offers neither "Logg inn" nor the account menu,
  // only an empty place of the links' size, so nothing jumps when the session is known.
  const place = page.getByTestId('account-placeholder');
  await expect(place).toBeAttached();
  await expect(place).toBeHidden();
  const size = () => place.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  expect((await size()).width, "the placeholder keeps the links' room").toBeGreaterThan(40);
  expect((await size()).height).toBeGreaterThan(10);
  await expect(page.getByRole('link', { name: 'Logg inn' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Bli medlem' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Kontomeny for/ })).toHaveCount(0);
  await shot('offline-topic-reloaded');
  await expectNoAxeViolations(page);

  // (A page never opened before has no code kept: it shows "Fikk ikke kontakt med Helsebro. Sjekk
  // nettforbindelsen og prøv igjen." — ADR 0020.)

  await context.setOffline(false);
  // Back online the session is restored where it was unknown: the account menu, not sign-in.
  await expect(page.getByRole('button', { name: /^Kontomeny for/ })).toBeVisible();
  await expect(place).toHaveCount(0);
  await page.goto(`/forum/t/${id}`);
  await expect(page.getByLabel('Svaret ditt')).toHaveValue('Vi skriver notatet ferdig i bilen.');
});
