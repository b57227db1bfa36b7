import { request as playwrightRequest } from '@playwright/test';
import { registerActiveAdvisor } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { apiTopic, registerMember, uniqueSuffix } from './support/forum';
import { linkIn, waitForMailAbout } from './support/mail';
import { apiToken } from './support/mentoring';
import { baseURL } from './support/ports';

/**
 * Member A has their question open when member B answers it: A's bell counts it and the answer
 * appears without a reload; the notification links to the answer; A marks all read. The mail that
 * goes at once has a working link and a one-click unsubscribe that works signed out. The settings
 * page in both languages.
 */
test('a reply reaches the asker live, in the centre and by mail, and the settings page works', async ({
  page,
  browser,
  shot,
}) => {
  test.setTimeout(240_000);
  const asker = await registerMember(page, 'Spørsmål');
  const title = `Hvordan skriver dere ut pleieplaner i DIPS? ${uniqueSuffix()}`;
  const topicId = await apiTopic(page, {
    kind: 'QUESTION',
    title,
    body: 'Utskriften kutter siste kolonne på vaktrommet.',
  });
  // A new member's first notification says their membership was approved; it stays unread.
  await page.goto(`/forum/t/${topicId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName('Varsler, 1 ulest');

  const answerer = await registerActiveAdvisor(undefined, {
    displayName: `Svarer ${uniqueSuffix()}`,
  });
  const token = await apiToken(answerer);
  const api = await playwrightRequest.newContext({ baseURL });
  const answer = 'Velg liggende format under Skriv ut, så kommer alle kolonnene med.';
  const posted = await api.post(`/api/v1/topics/${topicId}/posts`, {
    headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': `e2e-${uniqueSuffix()}` },
    data: { body: answer },
  });
  expect(posted.status()).toBe(201);
  await api.dispose();

  // Live: the count rises and the answer shows in the open topic, no reload.
  await expect(bell).toHaveAccessibleName('Varsler, 2 uleste', { timeout: 10_000 });
  await expect(page.getByText(answer)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('notifications-live-topic-nb');
  // Mail at once (the default for replies). Waited for before the member reads the notification:
  // one already read in the app is not mailed (NotificationMailer), and the mail job runs every 2 s,
  // so reading first would race the job.
  const mail = await waitForMailAbout(asker.email, title);

  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
  const item = page.getByRole('link', { name: `${answerer.displayName} svarte i «${title}»` });
  await expect(item).toBeVisible();
  await expect(page.getByTestId('unread-summary')).toHaveText('Du har 2 uleste varsler.');
  await expectNoAxeViolations(page);
  await shot('notifications-centre-nb');

  await item.click();
  await expect(page).toHaveURL(new RegExp(`/forum/t/${topicId}\\?post=2$`));
  await expect(page.getByText(answer)).toBeVisible();

  // Opening a notification marks it read; the approval notice is left for "mark all read".
  await expect(bell).toHaveAccessibleName('Varsler, 1 ulest');
  await page.goto('/notifications');
  await expect(page.getByTestId('unread-summary')).toHaveText('Du har 1 ulest varsel.');
  await page.getByRole('button', { name: 'Merk alle som lest' }).click();
  await expect(page.getByTestId('unread-summary')).toHaveText('Du har 0 uleste varsler.');
  await expect(page.getByRole('button', { name: 'Merk alle som lest' })).toBeDisabled();
  await expect(bell).toHaveAccessibleName('Varsler');

  // The mail links to the answer and has an unsubscribe link that works signed out.
  await page.goto(linkIn(mail, `/forum/t/${topicId}`));
  await expect(page.getByText(answer)).toBeVisible();

  const signedOut = await browser.newContext({
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  const guest = await signedOut.newPage();
  await guest.goto(linkIn(mail, '/unsubscribe'));
  await expect(guest.getByRole('heading', { level: 1, name: 'Meld deg av e-post' })).toBeVisible();
  await guest.getByRole('button', { name: 'Meld meg av' }).click();
  await expect(guest.getByText('Du får ikke lenger e-post om svar til deg.')).toBeVisible();
  await expectNoAxeViolations(guest);
  await signedOut.close();

  // The settings page shows the unsubscribe and saves a new digest hour.
  await page.goto('/notifications/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Varsler på e-post' })).toBeVisible();
  await expect(page.getByTestId('delivery-REPLIES')).toHaveValue('NONE');
  await page.getByLabel('Klokkeslett', { exact: true }).selectOption('06:00');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Lagret.')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('notifications-settings-nb');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'E-mail notifications' })).toBeVisible();
  await expect(page.getByLabel('Time', { exact: true })).toHaveValue('6');
  await expectNoAxeViolations(page);
  await shot('notifications-settings-en');
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: `${answerer.displayName} replied in “${title}”` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('notifications-centre-en');
  await switchLanguage(page, 'nb');
});

/**
 * A member follows a tag from its chip on a topic page (a small menu) and sees it followed on the
 * tag's topic list; a new topic with that tag from someone else reaches their bell live and the
 * centre names why; they stop following it from the tag's list.
 */
test('following a tag notifies of new topics with it', async ({ page, shot }) => {
  test.setTimeout(180_000);
  await registerMember(page, 'Følger');
  const tag = `vaktrom${uniqueSuffix()}`.slice(0, 30);
  const topicId = await apiTopic(page, {
    kind: 'QUESTION',
    title: `Hvem bruker #${tag} her? ${uniqueSuffix()}`,
    body: 'Jeg lurer på hvordan andre løser dette.',
    tags: [tag],
  });
  await page.goto(`/forum/t/${topicId}`);
  const chip = page.getByRole('button', { name: `#${tag}, vis valg` });
  // The menu opens under its chip and follows it when the page scrolls, one frame later. With a
  // title long enough to push the chip down a phone's screen, the menu's last button was below the
  // screen: Playwright scrolled to it and clicked where it had been, on the post under the menu,
  // which closed it, every time (CI of b6b9202). The chip mid-screen leaves the menu room below.
  await chip.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await chip.click();
  await expect(page.getByRole('link', { name: `Vis tråder med #${tag}` })).toBeVisible();
  const menuState = page.getByRole('status').filter({ hasText: `#${tag}` });
  await expect(menuState).toHaveText(`Du følger ikke #${tag}.`);
  // On a loaded phone a click once landed on the post under the menu (the page was still being
  // laid out) and closed it, and the button was then waited for until the test's end: the menu is
  // opened again until the press takes (CI of d9704e7). Another loaded run's press was "done" while
  // the menu moved and reached no button (no request, the state unchanged): the press counts only
  // once the state says so. A follow that never takes still fails.
  const follow = page.getByRole('button', { name: `Følg #${tag}`, exact: true });
  const followed = `Du følger #${tag}: du får beskjed om nye tråder med det.`;
  await expect(async () => {
    if ((await menuState.textContent()) !== followed) {
      if (!(await follow.isVisible())) {
        await chip.evaluate((element) => element.scrollIntoView({ block: 'center' }));
        await chip.click();
      }
      await follow.click({ timeout: 5_000 });
    }
    await expect(menuState).toHaveText(followed, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  const stop = page.getByRole('button', { name: `Slutt å følge #${tag}` });
  await expect(stop).toBeFocused();
  await expectNoAxeViolations(page);
  await shot('notifications-follow-tag-chip-nb');
  // Escape closes the menu and gives the focus back to the chip.
  await page.keyboard.press('Escape');
  await expect(stop).toBeHidden();
  await expect(chip).toBeFocused();

  await page.goto(`/forum?tag=${encodeURIComponent(tag)}`);
  const following = page.getByRole('button', { name: `Følger #${tag}` });
  await expect(following).toHaveAttribute('aria-pressed', 'true');
  // Search results narrowed to the tag offer the same toggle.
  await page.goto(`/search?tag=${encodeURIComponent(tag)}`);
  await expect(page.getByRole('button', { name: `Følger #${tag}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const bell = page.getByTestId('notification-bell');
  // The membership approval notice is the one unread so far.
  await expect(bell).toHaveAccessibleName('Varsler, 1 ulest');

  const writer = await registerActiveAdvisor(undefined, {
    displayName: `Skriver ${uniqueSuffix()}`,
  });
  const token = await apiToken(writer);
  const api = await playwrightRequest.newContext({ baseURL });
  const categories = (await (
    await api.get('/api/v1/categories', { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { id: number; slug: string }[];
  const title = `Ny rutine for vaktrommet ${uniqueSuffix()}`;
  const created = await api.post('/api/v1/topics', {
    headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': `e2e-${uniqueSuffix()}` },
    data: {
      categoryId: categories.find((c) => c.slug === 'patient-records')?.id,
      kind: 'DISCUSSION',
      title,
      body: 'Vi har prøvd en ny rutine for overlevering.',
      tags: [tag],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();

  await expect(bell).toHaveAccessibleName('Varsler, 2 uleste', { timeout: 10_000 });
  await bell.click();
  await expect(
    page.getByRole('link', { name: `Nytt innlegg med et stikkord du følger: «${title}»` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await switchLanguage(page, 'en');
  await expect(
    page.getByRole('link', { name: `New topic with a tag you follow: “${title}”` }),
  ).toBeVisible();
  await page.goto(`/forum?tag=${encodeURIComponent(tag)}`);
  await page.getByRole('button', { name: `Following #${tag}` }).click();
  await expect(page.getByRole('button', { name: `Follow #${tag}` })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expectNoAxeViolations(page);
  await shot('notifications-follow-tag-en');
  await switchLanguage(page, 'nb');

  // The category index beside the list has a follow toggle per category (on, then off again).
  // Last in the test: while the category is followed, a topic another worker posts in it reaches
  // this member's bell and would change the counts asserted above (a CI run saw "2 uleste").
  await page.goto(`/forum?tag=${encodeURIComponent(tag)}`);
  const category = page
    .getByRole('navigation', { name: 'Kategorier' })
    .getByRole('button', { name: /^Følg kategorien / })
    .first();
  const categoryName = ((await category.getAttribute('aria-label')) ?? '').replace(
    'Følg kategorien ',
    '',
  );
  await category.click();
  const categoryOn = page.getByRole('button', { name: `Følger kategorien ${categoryName}` });
  await expect(categoryOn).toHaveAttribute('aria-pressed', 'true');
  await categoryOn.click();
  await expect(
    page.getByRole('button', { name: `Følg kategorien ${categoryName}` }),
  ).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page);
  await shot('notifications-follow-tag-nb');
});
