import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { registerMember } from './support/forum';

// Members open each unread topic in a tab of its own. Every tab restores the session from the
// one refresh cookie at the same moment; none of them may sign the member out (ADR 0105).
test('a member who opens several tabs at once stays signed in in all of them', async ({
  page,
  context,
  shot,
}) => {
  const member = await registerMember(page, 'Tove');
  const menu = { name: `Kontomeny for ${member.name}` };
  const paths = ['/questions', '/members', '/mentoring', '/'];
  const tabs = await Promise.all(paths.map(() => context.newPage()));

  // The tabs restore one after another (a Web Lock). On a loaded CI machine each refresh took up to
  // 1.3 s and the last tab's turn came 11 s after its page had loaded (CI of 7e78860, phone), past
  // the default 10 s; what this test guards is that no tab is signed out (a signed-out tab shows
  // "Logg inn" and never the menu), not how fast four tabs restore.
  const restored = { timeout: 30_000 };
  await Promise.all(tabs.map((tab, i) => tab.goto(paths[i] ?? '/')));
  for (const tab of tabs) {
    await expect(tab.getByRole('button', menu)).toBeVisible(restored);
  }
  await Promise.all(tabs.map((tab) => tab.reload()));
  for (const tab of tabs) {
    await expect(tab.getByRole('button', menu)).toBeVisible(restored);
  }
  await page.reload();
  await expect(page.getByRole('button', menu)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('accounts-tabs');
});

// index.html's early refresh (src/boot.ts, async) and the app's entry run in either order; when the
// service worker answers from its cache the entry is often first. Either way a page load asks for
// the session once and the page then goes quiet (the second, unread refresh kept every signed-in
// page's network busy).
test('a signed-in page load asks for the session once and then goes quiet', async ({ page }) => {
  await registerMember(page, 'Solveig');
  const menu = page.getByRole('button', { name: /^Kontomeny for / });
  await expect(menu).toBeVisible();
  let refreshes = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/auth/refresh')) refreshes++;
  });
  for (const path of ['/', '/about', '/forum', '/questions', '/about']) {
    refreshes = 0;
    await page.goto(path);
    await expect(menu).toBeVisible();
    await page.waitForLoadState('networkidle', { timeout: 5_000 });
    expect(refreshes, `refreshes on ${path}`).toBe(1);
  }
});
