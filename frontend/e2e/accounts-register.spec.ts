import { expectNoAxeViolations } from './support/a11y';
import { uniqueEmail } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';

test.describe('joining Helsebro', () => {
  test('register with an allow-listed address, confirm by the mailed link and land signed in', async ({
    page,
    shot,
  }) => {
    const email = uniqueEmail('ahus.no', 'ny');
    await page.goto('/register');
    await expect(page.getByRole('heading', { level: 1, name: 'Bli medlem' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('register-nb');

    await page.getByLabel('Navn').fill('Nora Nyansatt');
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Passord').fill('kaffe på nattevakt klokka tre');
    await page.getByLabel('Arbeidssted (virksomhet)').fill('Akershus universitetssykehus');
    await page.getByRole('button', { name: 'Bli medlem' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('register-sent-nb');

    const mail = await waitForMail(email);
    expect(mail.subject).toBe('Bekreft e-postadressen din i Helsebro');
    await page.goto(linkIn(mail, '/register/confirm'));

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('button', { name: 'Kontomeny for Nora Nyansatt' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('register-landed-nb');

    // The session survives a reload through the refresh cookie.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Kontomeny for Nora Nyansatt' })).toBeVisible();
  });

  test('registering in English gets an English mail and English pages', async ({ page, shot }) => {
    const email = uniqueEmail('ous-hf.no', 'en');
    await page.goto('/register');
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Join Helsebro' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('register-en');

    await page.getByLabel('Name').fill('Ewa Nowak');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Workplace (organisation)').fill('Oslo University Hospital');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByText('The password needs at least 12 characters')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Password', { exact: true }).fill('coffee on night shift at three');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible();

    const mail = await waitForMail(email);
    expect(mail.subject).toBe('Confirm your e-mail address for Helsebro');
    expect(mail.language).toBe('en');
    await page.goto(linkIn(mail, '/register/confirm'));
    await expect(page.getByRole('button', { name: 'Account menu for Ewa Nowak' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('register-landed-en');
    await switchLanguage(page, 'nb');
  });

  test('a broken confirmation link says so and offers a way on', async ({ page, shot }) => {
    await page.goto('/register/confirm');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Vi fikk ikke bekreftet adressen' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Registrer deg på nytt for å få en ny lenke.' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('confirm-failed-nb');
  });
});
