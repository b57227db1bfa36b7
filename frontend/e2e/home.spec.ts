import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { apiTopic, registerMember } from './support/forum';

test('a signed-in member starts from a front page of their own and asks from the header', async ({
  page,
  shot,
}) => {
  const member = await registerMember(page, 'Forside');
  const title = `Hvordan setter vi opp dobbeltsjekk i e-resept? ${Date.now()}`;
  await apiTopic(page, {
    kind: 'QUESTION',
    title,
    body: 'Vi bruker DIPS Arena og lurer på rutinen.',
  });
  const firstName = member.name.split(' ')[0];

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: `Hei, ${firstName}` })).toBeVisible();
  const waiting = page.getByRole('region', { name: 'Spørsmål som venter på svar' });
  await expect(waiting.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Snarveier' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('dashboard-nb');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: `Hi, ${firstName}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Latest in the forum' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('dashboard-en');

  // The header's ask button is there on every page, also at 360 px (shortened to "Ask").
  await page.goto('/members');
  await page.getByRole('link', { name: /^(Ask a question|Ask)$/ }).click();
  await expect(page).toHaveURL(/\/forum\/new\?kind=question/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ask a question' })).toBeVisible();
  await switchLanguage(page, 'nb');
});
