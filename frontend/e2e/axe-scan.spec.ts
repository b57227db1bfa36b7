import { axeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';

/**
 * The scan every journey relies on (support/a11y.ts) finds what it should and only that: a WCAG
 * violation on the page, not axe's best-practice rules; and after a route change in the app (the
 * same document, axe already in it) it scans the new page.
 */
test('the axe scan reports WCAG 2.1 A/AA violations, not best practices, also after a route change', async ({
  page,
}) => {
  await page.goto('/about');
  await expect(page.locator('h1')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // An image without a text alternative (WCAG 1.1.1) in the page, and text outside every landmark
  // (axe's best-practice rule "region").
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    img.id = 'no-alt';
    document.querySelector('h1')?.after(img);
    const loose = document.createElement('p');
    loose.id = 'loose';
    loose.textContent = 'Tekst utenfor alle landemerker';
    document.body.append(loose);
  });
  const found = await axeViolations(page);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^image-alt \(critical\):[^\n]*\n {2}#no-alt$/);

  await page.evaluate(() => document.getElementById('loose')?.remove());
  // A route change keeps the document (and axe in it): the scan sees the new page.
  await page
    .getByRole('link', { name: /forsiden|helsebro/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('#no-alt')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
