import { expectNoAxeViolations } from './support/a11y';
import { registerActiveAdvisor, signIn } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';

test('a forgotten password is reset by the mailed link and old sessions are revoked', async ({
  page,
  browser,
  shot,
}) => {
  const member = await registerActiveAdvisor();
  const otherDevice = await browser.newContext();
  const laptop = await otherDevice.newPage();
  await signIn(laptop, member.email, member.password);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Glemt passordet?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt passordet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('forgot-nb');
  await page.getByLabel('E-postadresse').fill(member.email);
  await page.getByRole('button', { name: 'Send lenke' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' })).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMail(member.email, 2);
  expect(mail.subject).toBe('Nytt passord i Helsebro');
  await page.goto(linkIn(mail, '/reset-password'));
  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a new password' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('reset-en');
  await page.getByLabel('New password').fill('a brand new sentence for work');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your password is changed' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await switchLanguage(page, 'nb');

  // The session on the other device is gone.
  await laptop.reload();
  await expect(laptop.getByRole('link', { name: 'Logg inn' }).first()).toBeVisible();
  await otherDevice.close();

  await signIn(page, member.email, 'a brand new sentence for work');
  await expect(
    page.getByRole('button', { name: `Kontomeny for ${member.displayName}` }),
  ).toBeVisible();
});
