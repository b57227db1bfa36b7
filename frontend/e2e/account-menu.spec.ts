import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { registerMember } from './support/forum';

// The account menu is the browser's own popover under the avatar (ADR 0022): reached and left
// with the keyboard, inside the window at 360 px, and closed once an item is chosen (the header
// stays while the page changes under it).
test('the account menu opens from the keyboard, stays in the window and closes when an item is chosen', async ({
  page,
  shot,
}) => {
  const member = await registerMember(page, 'Ingrid');
  await page.goto('/forum');
  const button = page.getByRole('button', { name: `Kontomeny for ${member.name}` });
  const profile = page.getByRole('link', { name: 'Min profil' });
  const settings = page.getByRole('link', { name: 'Innstillinger' });

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(profile).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  const width = page.viewportSize()!.width;
  const box = (await page.locator('.ds-dropdown:popover-open').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  await shot('account-menu-open');
  await expectNoAxeViolations(page);

  // Tab goes from the button into the menu; Escape closes it and gives the button the focus.
  await page.keyboard.press('Tab');
  await expect(profile).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(profile).toBeHidden();
  await expect(button).toBeFocused();

  // Choosing an item goes there and closes the menu.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(settings).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
  await expect(settings).toBeHidden();
  await expect(page.locator(':popover-open')).toHaveCount(0);
});
