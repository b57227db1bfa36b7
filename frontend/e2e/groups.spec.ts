import { randomUUID } from 'node:crypto';
import { registerActiveAdvisor, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { saveProfile, taxonomyId } from './support/insights';
import { apiToken } from './support/mentoring';

/** A new member finds the groups of their region and systems on their front page and asks one. */
test('a new member finds their region and system groups on the front page and asks a group', async ({
  page,
  shot,
}) => {
  test.setTimeout(300_000);
  const tag = randomUUID().slice(0, 6);
  const member = await registerActiveAdvisor(undefined, { displayName: `Gruppe Rådgiver ${tag}` });
  const token = await apiToken(member);
  const vest = await taxonomyId(token, 'REGION', 'helse-vest');
  const gerica = await taxonomyId(token, 'SYSTEM', 'gerica');
  await saveProfile(token, member.displayName, vest, [gerica]);

  await signIn(page, member.email, member.password);
  await page.goto('/');
  const groups = page.getByRole('region', { name: 'Dine grupper' });
  await expect(groups.getByRole('link', { name: 'Helse Vest', exact: true })).toBeVisible();
  await expect(groups.getByRole('link', { name: 'Gerica', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('groups-front-page-nb');

  await groups.getByRole('link', { name: 'Gerica', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gerica' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Medlemmer' })).toContainText(member.displayName);
  await expectNoAxeViolations(page);
  await shot('groups-page-nb');

  await page.getByRole('link', { name: 'Spør gruppen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spør Gerica' })).toBeVisible();
  // The form says what is missing before anything is sent.
  await page.getByRole('button', { name: 'Still spørsmålet' }).click();
  await expect(page.getByText('Må fylles ut').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('groups-ask-nb');
  const title = `Hvordan får dere Gerica til å skrive ut arbeidslister? ${tag}`;
  await page.getByLabel('Kategori').selectOption({ label: 'Pasientjournal og fagsystemer' });
  await page.getByLabel('Spørsmål (tittel)').fill(title);
  await page
    .getByLabel('Beskriv hva du lurer på')
    .fill('Skriveren på vaktrommet skriver bare ut første side.');
  await page.getByRole('button', { name: 'Still spørsmålet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Gerica' })).toBeVisible();
  const topics = page.getByRole('region', { name: 'Nye spørsmål, historier og ressurser' });
  await expect(topics.getByRole('link', { name: title })).toBeVisible();
  await expect(
    topics.getByRole('listitem').filter({ hasText: title }).getByText('Spurt i gruppen'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Følg gruppen' }).click();
  await expect(page.getByRole('button', { name: 'Slutt å følge' })).toBeVisible();
  await switchLanguage(page, 'en');
  await expect(page.getByRole('button', { name: 'Stop following' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('button', { name: 'Rejoin' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('groups-page-en');
  await page.getByRole('button', { name: 'Rejoin' }).click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await switchLanguage(page, 'nb');
});
