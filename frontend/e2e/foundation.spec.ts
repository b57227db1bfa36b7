import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';

test.describe('the app shell', () => {
  test('opens in Norwegian with landmarks and no accessibility violations', async ({
    page,
    shot,
  }) => {
    await page.goto('/');

    await expect(
      page.getByRole('heading', { level: 1, name: 'Du er ikke alene om IKT-en' }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page).toHaveTitle(/Helsebro/);
    await shot('home-nb');
    await expectNoAxeViolations(page);
  });

  test('switches to English and keeps the choice after a reload', async ({ page, shot }) => {
    await page.goto('/');
    await switchLanguage(page, 'en');

    await expect(
      page.getByRole('heading', { level: 1, name: 'You are not alone with the ICT' }),
    ).toBeVisible();
    await shot('home-en');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'You are not alone with the ICT' }),
    ).toBeVisible();
    await switchLanguage(page, 'nb');
  });

  test('loads a client route directly from the address bar', async ({ page, shot }) => {
    const response = await page.goto('/about');

    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Om Helsebro' })).toBeVisible();
    await expect(page).toHaveTitle('Om Helsebro – Helsebro');
    await shot('about-nb');
    await expectNoAxeViolations(page);
  });

  test('shows a not-found page for an unknown route', async ({ page }) => {
    await page.goto('/finnes/ikke');

    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('can be used with the keyboard: the skip link moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');

    const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('tells the member when the connection drops', async ({ page, context }) => {
    await page.goto('/');
    // The page loaded, code and texts: going offline while they still came is another case (the
    // route's error page, in the member's language: route-error.test.tsx).
    await expect(
      page.getByRole('heading', { level: 1, name: 'Du er ikke alene om IKT-en' }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);

    await expect(page.getByRole('status').filter({ hasText: 'Du er uten nett' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByText('Du er uten nett')).toBeHidden();
  });
});
