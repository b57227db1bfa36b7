import { registerActiveAdvisor, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { apiToken, askQuestion, termId } from './support/mentoring';

/**
 * The mentoring journey: a member opts in as mentor; another states needs (in English), sees
 * ranked suggestions with reasons and sends a request; the mentor accepts; both write messages,
 * record a goal and a check-in; the mentee ends it and both give feedback.
 */
test('a mentor and a mentee find each other, work together and give feedback', async ({
  page,
  shot,
}) => {
  // Six sign-ins and some forty steps: ~2 min on a quiet machine, twice that when it is shared.
  test.setTimeout(480_000);
  const mentor = await registerActiveAdvisor();
  const mentee = await registerActiveAdvisor();

  // The mentor opts in.
  await signIn(page, mentor.email, mentor.password);
  await page.goto('/mentoring/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Mentorinnstillinger' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Systemer du kan hjelpe med' })
    .getByRole('checkbox', { name: 'DIPS Arena' })
    .check();
  await page
    .getByRole('group', { name: 'Temaer du har erfaring med' })
    .getByRole('checkbox', { name: 'Opplæring' })
    .check();
  await page
    .getByRole('group', { name: 'Typer arbeidssted du kjenner' })
    .getByRole('checkbox', { name: 'Sykehjem' })
    .check();
  await page
    .getByRole('group', { name: 'Når kan du møtes?' })
    .getByRole('checkbox', { name: 'Hverdag kveld' })
    .check();
  await page.getByLabel('Hvor mange mentees kan du ha samtidig?').fill('2');
  await page.getByRole('radio', { name: 'Video' }).check();
  await page.getByLabel('Om deg som mentor').fill('Jeg har innført DIPS Arena på to sykehjem.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Bli mentor' }).click();
  await expect(page.getByText('Du er nå mentor. Takk!')).toBeVisible();
  await shot('mentoring-settings-nb');
  await signOut(page);

  // The mentee says what they need, in English, and sees suggestions with reasons.
  await signIn(page, mentee.email, mentee.password);
  await switchLanguage(page, 'en');
  await page.goto('/mentoring');
  await expect(page.getByRole('heading', { level: 1, name: 'Find a mentor' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'All mentors' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Tell us what you need' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'What do you need help with?' }),
  ).toBeVisible();
  await page
    .getByRole('group', { name: 'Systems you want help with' })
    .getByRole('checkbox', { name: 'DIPS Arena' })
    .check();
  await page
    .getByRole('group', { name: 'Topics' })
    .getByRole('checkbox', { name: 'Training' })
    .check();
  await page.getByLabel('What would you like to achieve?').fill('A training plan for night staff');
  await page.getByLabel('Your workplace').selectOption({ label: 'Nursing home' });
  await page
    .getByRole('group', { name: 'When can you meet?' })
    .getByRole('checkbox', { name: 'Weekday evening' })
    .check();
  await expectNoAxeViolations(page);
  await shot('mentoring-needs-en');
  await page.getByRole('button', { name: 'Show suggestions' }).click();

  const suggestions = page.getByRole('list', { name: 'Suggested for you' });
  const card = suggestions.getByRole('listitem').filter({ hasText: mentor.displayName });
  await expect(card).toBeVisible();
  await expect(card.getByText(/% match/)).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Why this mentor' })).toBeVisible();
  await expect(card.getByText('Knows DIPS Arena')).toBeVisible();
  await expect(card.getByText('Experienced in Training')).toBeVisible();
  await expect(card.getByText('Can meet weekday evening')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('mentoring-suggestions-en');

  await card.getByRole('link', { name: `See ${mentor.displayName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: mentor.displayName })).toBeVisible();
  await page
    .getByLabel(`Message to ${mentor.displayName}`)
    .fill('Hello! Could you help me plan training in DIPS Arena for night staff?');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText('Your request has been sent.')).toBeVisible();
  await shot('mentoring-mentor-page-en');
  await switchLanguage(page, 'nb');
  await signOut(page);

  // The mentor accepts and writes first.
  await signIn(page, mentor.email, mentor.password);
  await page.goto('/mentoring/mine');
  const incoming = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Fra ${mentee.displayName}` }) });
  await expect(incoming).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('mentoring-mine-incoming-nb');
  await incoming.getByLabel('Merknad (valgfritt)').fill('Velkommen! Dette gleder jeg meg til.');
  await incoming.getByRole('button', { name: 'Godta' }).click();
  await page.getByRole('link', { name: `Du er mentor for ${mentee.displayName}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Mentorforhold med ${mentee.displayName}` }),
  ).toBeVisible();
  await page.getByLabel('Ny melding').fill('Hei! Skal vi ta en videosamtale torsdag kveld?');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText('Hei! Skal vi ta en videosamtale torsdag kveld?')).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // The mentee answers, records a goal and a check-in, then ends it and gives feedback.
  await signIn(page, mentee.email, mentee.password);
  await page.goto('/mentoring/mine');
  await page.getByRole('link', { name: `${mentor.displayName} er mentoren din` }).click();
  await expect(page.getByText('Hei! Skal vi ta en videosamtale torsdag kveld?')).toBeVisible();
  await page.getByLabel('Ny melding').fill('Torsdag passer fint!');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText('Torsdag passer fint!')).toBeVisible();
  await page.getByLabel('Nytt mål').fill('Lage opplæringsplan for nattevakter');
  await page.getByRole('button', { name: 'Legg til mål' }).click();
  await page
    .getByLabel('Status for Lage opplæringsplan for nattevakter')
    .selectOption({ label: 'Pågår' });
  await page.getByLabel('Kort notat').fill('Første samtale: gikk gjennom dagens opplæring.');
  await page.getByRole('button', { name: 'Registrer samtale' }).click();
  await expect(page.getByText('Første samtale: gikk gjennom dagens opplæring.')).toBeVisible();
  await expect(page.getByLabel('Status for Lage opplæringsplan for nattevakter')).toHaveValue(
    'IN_PROGRESS',
  );
  await expectNoAxeViolations(page);
  await shot('mentoring-space-nb');

  await page.getByRole('button', { name: 'Avslutt mentorforholdet' }).click();
  await page.getByLabel('Hvorfor avslutter du? (valgfritt)').fill('Målet er nådd – takk!');
  await page.getByRole('button', { name: 'Ja, avslutt' }).click();
  await expect(page.getByRole('heading', { name: 'Kort tilbakemelding' })).toBeVisible();
  await page.getByRole('group', { name: 'Hjalp mentorforholdet deg?' }).getByLabel('Ja').check();
  await page
    .getByRole('group', { name: /Hvor fornøyd er du/ })
    .getByLabel('5')
    .check();
  await page.getByLabel('Kommentar (valgfritt)').fill('Svært nyttig.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send tilbakemelding' }).click();
  await expect(page.getByText('Takk for tilbakemeldingen!')).toBeVisible();
  await shot('mentoring-ended-nb');

  // The mentee asks in the forum and sees where the question stands on the ladder.
  const title = `Nattlig dokumentasjon i DIPS Arena ${mentee.displayName.slice(5, 13)}`;
  const token = await apiToken(mentee);
  await askQuestion(token, title, [await termId(token, 'systems', 'dips-arena')]);
  await page.getByRole('link', { name: 'Spørsmål til deg' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spørsmål til deg' })).toBeVisible();
  const ladder = page.getByRole('listitem').filter({ hasText: title });
  await expect(ladder.getByText('Venter på svar')).toBeVisible();
  await expect(ladder.getByText(/Kolleger med samme system: planlagt/)).toBeVisible();
  await expect(ladder.getByText(/Koordinatorer: planlagt/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('mentoring-questions-nb');
  await signOut(page);

  // The mentor is asked for feedback too.
  await signIn(page, mentor.email, mentor.password);
  await page.goto('/mentoring/mine');
  await page.getByRole('link', { name: `Du er mentor for ${mentee.displayName}` }).click();
  await expect(page.getByText('Avsluttet av', { exact: false })).toBeVisible();
  await page.getByRole('group', { name: 'Hjalp mentorforholdet deg?' }).getByLabel('Ja').check();
  await page
    .getByRole('group', { name: /Hvor fornøyd er du/ })
    .getByLabel('4')
    .check();
  await page.getByRole('button', { name: 'Send tilbakemelding' }).click();
  await expect(page.getByText('Takk for tilbakemeldingen!')).toBeVisible();
});
