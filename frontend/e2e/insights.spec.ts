import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { registerActiveAdvisor, signIn, signInAsCoordinator } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { saveProfile, taxonomyId } from './support/insights';
import { waitForMail } from './support/mail';
import { apiToken } from './support/mentoring';

test('a coordinator opens the dashboard, filters by region and downloads a chart as CSV', async ({
  page,
  shot,
}) => {
  test.setTimeout(300_000);
  await signInAsCoordinator(page);
  await page.goto('/insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Fellesskapets helse' })).toBeVisible();
  await page.getByLabel('Helseregion').selectOption({ label: 'Helse Vest' });
  await page.getByLabel('Grupper etter').selectOption('MONTH');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/region=\d+/);
  await expect(page).toHaveURL(/by=MONTH/);
  const chart = page.getByRole('region', { name: 'Spørsmål og svar' });
  await expect(chart.getByRole('img', { name: /Diagram: Spørsmål og svar/ })).toBeVisible();
  // The chart's figures as a table (the text alternative).
  await chart.getByText('Vis tallene som tabell').click();
  await expect(chart.getByRole('columnheader', { name: 'Besvart innen 24 t' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('insights-dashboard-nb');

  const download = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Last ned CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^questions-.*\.csv$/);
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain('Måned;Spørsmål;Besvart innen 24 t;Besvart innen 48 t');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Community health' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Questions and answers' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('insights-dashboard-en');
  await switchLanguage(page, 'nb');
});

test('a coordinator finds a member alone on a system on the radar and welcomes them', async ({
  page,
  shot,
}, testInfo) => {
  test.setTimeout(300_000);
  const tag = randomUUID().slice(0, 6);
  const lonely = await registerActiveAdvisor(undefined, { displayName: `Ensom Rådgiver ${tag}` });
  const token = await apiToken(lonely);
  // A system no other spec uses (profiles-directory puts a member on Pridok), one per browser
  // project: the projects' specs run side by side.
  const system = await taxonomyId(
    token,
    'SYSTEM',
    testInfo.project.name === 'phone' ? 'metavision' : 'winmed',
  );
  await saveProfile(token, lonely.displayName, await taxonomyId(token, 'REGION', 'helse-nord'), [
    system,
  ]);

  await signInAsCoordinator(page);
  await page.goto('/insights/radar');
  await expect(page.getByRole('heading', { level: 1, name: 'Isolasjonsradar' })).toBeVisible();
  await page.getByLabel('Vis grunn').selectOption('NO_PEER_ON_SYSTEM');
  const entry = page.getByRole('listitem').filter({ hasText: lonely.displayName });
  await expect(entry.getByText(/Ingen andre bruker/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('insights-radar-nb');

  await entry
    .getByLabel('Personlig hilsen (valgfritt, ingen pasientopplysninger)')
    .fill('Si fra om du trenger noe!');
  await entry.getByRole('button', { name: 'Send velkomstmelding' }).click();
  await expect(entry.getByText('Sendt og notert.')).toBeVisible();
  // The first mail was the address confirmation.
  const mail = await waitForMail(lonely.email, 2);
  expect(mail.subject).toBe('Velkommen til Helsebro');
  expect(mail.text).toContain('Si fra om du trenger noe!');
  await expect(entry.getByText(/^Velkomstmelding \d/)).toBeVisible();

  await entry.getByRole('button', { name: 'Avvis' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: lonely.displayName })).toHaveCount(0);
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Isolation radar' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('insights-radar-en');
  await switchLanguage(page, 'nb');
});

test('an advisor downloads their contribution report as PDF', async ({ page, shot }) => {
  test.setTimeout(300_000);
  const member = await registerActiveAdvisor(undefined, {
    displayName: `Åse Ødegård ${randomUUID().slice(0, 4)}`,
  });
  await signIn(page, member.email, member.password);
  await page.getByRole('link', { name: /Din bidragsrapport/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bidragsrapport' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('insights-report-nb');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^bidragsrapport-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const pdf = fs.readFileSync((await file.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Its text, æøå and embedded fonts are checked with PDFBox in the backend's ReportTest.
  expect(pdf.length).toBeGreaterThan(5_000);

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Contribution report' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('insights-report-en');
  await switchLanguage(page, 'nb');
});
