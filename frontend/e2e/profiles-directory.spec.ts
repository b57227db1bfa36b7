import { expectNoAxeViolations } from './support/a11y';
import { registerActiveAdvisor, signIn } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';

test('a member finds a peer in the directory by name and system', async ({
  page,
  browser,
  shot,
}) => {
  const unique = Math.random().toString(36).slice(2, 8);
  const peer = await registerActiveAdvisor(undefined, { displayName: `Petra Pridok ${unique}` });
  const peerContext = await browser.newContext();
  const peerPage = await peerContext.newPage();
  await signIn(peerPage, peer.email, peer.password);
  await peerPage.goto('/profile/edit');
  await peerPage.getByLabel('Type arbeidssted').selectOption({ label: 'Legevakt' });
  await peerPage.getByRole('group', { name: 'Systemer du bruker' }).getByLabel('Pridok').check();
  await peerPage.getByRole('button', { name: 'Lagre profilen' }).click();
  await expect(peerPage.getByText('Profilen er lagret.')).toBeVisible();
  await peerContext.close();

  const me = await registerActiveAdvisor();
  await signIn(page, me.email, me.password);
  await page.goto('/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Medlemmer' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Søk etter navn').fill(unique);
  // On a phone the filters are folded under their title, closed while none is chosen, so the
  // first members are on the first screen.
  const fold = page.getByRole('search').locator('details');
  if (test.info().project.name === 'phone') {
    await expect(fold).not.toHaveAttribute('open');
    await expect(page.getByLabel('System', { exact: true })).toBeHidden();
    await fold.getByText('Filtrer', { exact: true }).click();
    await expect(fold).toHaveAttribute('open');
  } else {
    await expect(fold).toHaveCount(0);
  }
  await page.getByLabel('System', { exact: true }).selectOption({ label: 'Pridok' });
  await page.getByRole('button', { name: 'Vis treff' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '1 medlem' })).toBeVisible();
  await expect(page).toHaveURL(/q=/);
  if (test.info().project.name === 'phone') {
    // The chosen filter keeps the fold open and its title says so.
    await expect(fold).toHaveAttribute('open');
    await expect(fold.locator('summary')).toHaveText('Filtrer (1 valgt)');
  }
  await expectNoAxeViolations(page);
  await shot('directory-nb');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 2, name: '1 member' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: peer.displayName })).toContainText(
    'Emergency clinic',
  );
  await expectNoAxeViolations(page);
  await shot('directory-en');
  await page.getByRole('link', { name: peer.displayName }).click();
  await expect(page.getByRole('heading', { level: 1, name: peer.displayName })).toBeVisible();
  await switchLanguage(page, 'nb');
});
