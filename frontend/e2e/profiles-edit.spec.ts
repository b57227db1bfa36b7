import { expectNoAxeViolations } from './support/a11y';
import { registerActiveAdvisor, signIn } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';

test('a member fills in their professional profile and sees it on their member page', async ({
  page,
  shot,
}) => {
  const member = await registerActiveAdvisor();
  await signIn(page, member.email, member.password);
  await page.goto('/profile/edit');
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger profilen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('profile-edit-nb');

  await page.getByLabel('Rolle eller stillingstittel').fill('IKT-rådgiver og superbruker');
  await page.getByLabel('Fagbakgrunn').selectOption({ label: 'Sykepleier' });
  await page.getByLabel('Type arbeidssted').selectOption({ label: 'Sykehjem' });
  await page.getByLabel('Helseregion').selectOption({ label: 'Helse Nord' });
  await page.getByLabel('Fylke').selectOption({ label: 'Troms' });
  await page.getByRole('group', { name: 'Systemer du bruker' }).getByLabel('Gerica').check();
  await page
    .getByRole('group', { name: 'Systemer du kjenner godt' })
    .getByLabel('Helsenorge')
    .check();
  await page.getByRole('group', { name: 'Kompetanse' }).getByLabel('Opplæring').check();
  await page.getByRole('group', { name: 'Språk' }).getByLabel('Nordsamisk').check();
  await page.getByLabel('Kort om deg').fill('Lærer opp nyansatte i Gerica, gjerne på kveldstid.');
  await page.getByRole('group', { name: 'Arbeidstid' }).getByLabel('Kveld').check();
  await page.getByRole('button', { name: 'Lagre profilen' }).click();
  await expect(page.getByText('Profilen er lagret.')).toBeVisible();

  await page.getByRole('link', { name: 'Se profilen din' }).click();
  await expect(page.getByRole('heading', { level: 1, name: member.displayName })).toBeVisible();
  await expect(page.getByText('IKT-rådgiver og superbruker')).toBeVisible();
  await expect(page.getByText('Gerica', { exact: true })).toBeVisible();
  await expect(page.getByText('Troms', { exact: true })).toBeVisible();
  await expect(page.getByText(`${member.displayName} har ikke skrevet noe ennå.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('member-page-nb');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Contributions' })).toBeVisible();
  await expect(page.getByText('Nursing home')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('member-page-en');
  await page.getByRole('link', { name: 'Edit your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit your profile' })).toBeVisible();
  await expectNoAxeViolations(page);
  await switchLanguage(page, 'nb');
});
