import { expectNoAxeViolations } from './support/a11y';
import { signInAsCoordinator, uniqueEmail } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';

test('an unknown domain waits, a coordinator approves, and the member gets in', async ({
  page,
  browser,
  shot,
}) => {
  const email = uniqueEmail('example.org', 'vent');
  const name = `Vera Venter ${email.slice(5, 9)}`;
  await page.goto('/register');
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord').fill('venter tålmodig på godkjenning');
  await page.getByLabel('Arbeidssted (virksomhet)').fill('Privat legekontor AS');
  await page.getByRole('button', { name: 'Bli medlem' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' })).toBeVisible();

  await page.goto(linkIn(await waitForMail(email), '/register/confirm'));
  await expect(page).toHaveURL(/\/waiting$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Venter på godkjenning' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('waiting-nb');
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Waiting for approval' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('waiting-en');
  await switchLanguage(page, 'nb');

  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signInAsCoordinator(coordinator);
  await coordinator.goto('/moderation/approvals');
  await expect(
    coordinator.getByRole('heading', { level: 1, name: 'Godkjenn nye medlemmer' }),
  ).toBeVisible();
  await expect(coordinator.getByRole('heading', { level: 2, name })).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await coordinator.screenshot({
    path: `e2e/.artifacts/shots/${test.info().project.name}-approvals-nb.png`,
    fullPage: true,
  });
  await switchLanguage(coordinator, 'en');
  await expect(
    coordinator.getByRole('heading', { level: 1, name: 'Approve new members' }),
  ).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await coordinator.getByRole('button', { name: `Approve ${name}` }).click();
  await expect(
    coordinator.getByText(`${name} is approved and has been sent an e-mail.`),
  ).toBeVisible();
  await switchLanguage(coordinator, 'nb');
  await coordinatorContext.close();

  const approved = await waitForMail(email, 2);
  expect(approved.subject).toBe('Du er godkjent som medlem av Helsebro');
  await page.goto('/');
  await expect(page.getByRole('button', { name: `Kontomeny for ${name}` })).toBeVisible();
  await page.goto('/waiting');
  await expect(page).toHaveURL(/\/$/);
  await expectNoAxeViolations(page);
});
