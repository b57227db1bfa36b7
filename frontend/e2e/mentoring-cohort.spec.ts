import { randomUUID } from 'node:crypto';
import { registerActiveAdvisor, signInAsCoordinator } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { apiToken, optInAsMentor, stateNeeds, termId } from './support/mentoring';

/** A coordinator matches a cohort of mentees to mentors in one go and tunes the weights. */
test('a coordinator matches a cohort of mentees in one go', async ({ page, shot }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 4);
  // One at a time: concurrent registrations can deadlock in accounts (reported).
  const mentors = [];
  for (const name of ['A', 'B']) {
    mentors.push(
      await registerActiveAdvisor(undefined, { displayName: `Kullmentor ${name} ${tag}` }),
    );
  }
  const mentees = [];
  for (const n of [1, 2, 3]) {
    mentees.push(await registerActiveAdvisor(undefined, { displayName: `Kullmentee ${n} ${tag}` }));
  }
  const first = await apiToken(mentors[0]!);
  const gerica = await termId(first, 'systems', 'gerica');
  const profil = await termId(first, 'systems', 'profil');
  await optInAsMentor(first, [gerica, profil], 2);
  await optInAsMentor(await apiToken(mentors[1]!), [gerica], 2);
  for (const mentee of mentees) await stateNeeds(await apiToken(mentee), [gerica, profil]);

  await signInAsCoordinator(page);
  await page.goto('/mentoring/cohort');
  await expect(page.getByRole('heading', { level: 1, name: 'Kullmatching' })).toBeVisible();
  for (const mentee of mentees) {
    await page.getByRole('checkbox', { name: mentee.displayName }).check();
  }
  await expect(page.getByText('3 valgt')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('mentoring-cohort-candidates-nb');
  await page.getByRole('button', { name: 'Foreslå fordeling' }).click();

  await expect(page.getByRole('heading', { name: 'Forslag til fordeling' })).toBeVisible();
  await expect(page.getByText(/3 av 3 får mentor/)).toBeVisible();
  for (const mentee of mentees) {
    await expect(page.getByRole('row').filter({ hasText: mentee.displayName })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await shot('mentoring-cohort-proposal-nb');
  await page.getByRole('button', { name: 'Send forespørslene' }).click();
  await expect(page.getByText(/3 forespørsler er sendt/)).toBeVisible();

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Matching weights' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Language' }).fill('6');
  await page.getByRole('button', { name: 'Save the weights' }).click();
  await expect(page.getByText('The weights have been saved.')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('mentoring-cohort-weights-en');

  await page.goto('/mentoring/statistics');
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring in numbers' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('mentoring-statistics-en');
  await switchLanguage(page, 'nb');
});
