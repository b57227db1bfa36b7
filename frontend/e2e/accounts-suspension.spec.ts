import { expectNoAxeViolations } from './support/a11y';
import { registerActiveAdvisor, signIn, signInAsCoordinator } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';

test('a coordinator suspends a member, who sees until when and why, and lifts it again', async ({
  page,
  browser,
  shot,
}) => {
  const member = await registerActiveAdvisor();
  await signIn(page, member.email, member.password);

  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signInAsCoordinator(coordinator);
  await coordinator.goto(`/moderation/members?q=${encodeURIComponent(member.email)}`);
  await expect(
    coordinator.getByRole('heading', { level: 1, name: 'Medlemskontoer' }),
  ).toBeVisible();
  await expect(
    coordinator.getByRole('heading', { level: 2, name: member.displayName }),
  ).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await coordinator.getByRole('button', { name: `Utesteng ${member.displayName}` }).click();
  // Our own check, in the page's language, not the browser's tooltip: the reason is required.
  await coordinator.getByRole('button', { name: 'Utesteng', exact: true }).click();
  await expect(
    coordinator.getByText('Skriv hvorfor medlemmet utestenges. Medlemmet ser begrunnelsen.'),
  ).toBeVisible();
  await expect(coordinator.getByLabel('Begrunnelse (vises til medlemmet)')).toBeFocused();
  await coordinator.getByLabel('Til og med dato').fill('2099-12-31');
  await coordinator
    .getByLabel('Begrunnelse (vises til medlemmet)')
    .fill('Delte skjermbilde med pasientnavn.');
  await expectNoAxeViolations(coordinator);
  await coordinator.getByRole('button', { name: 'Utesteng', exact: true }).click();
  await expect(coordinator.getByText('Endringen er lagret.')).toBeVisible();
  // The day as entered, not the moment after it ends ("til 1. jan. 2100, 00:00").
  await expect(coordinator.getByText('Utestengt til og med 31. des. 2099')).toBeVisible();

  await page.goto('/members');
  await expect(page).toHaveURL(/\/suspended$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontoen din er utestengt' }),
  ).toBeVisible();
  await expect(page.getByText('Delte skjermbilde med pasientnavn.')).toBeVisible();
  await expect(page.getByText(/31\. des\. 2099/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('suspended-nb');
  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your account is suspended' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('suspended-en');
  await switchLanguage(page, 'nb');

  await switchLanguage(coordinator, 'en');
  await coordinator
    .getByRole('button', { name: `Lift suspension of ${member.displayName}` })
    .click();
  await expect(coordinator.getByText('The change is saved.')).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await switchLanguage(coordinator, 'nb');
  await coordinatorContext.close();

  await page.reload();
  await page.goto('/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Medlemmer' })).toBeVisible();
});
