import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { signOut } from './support/accounts';
import {
  apiGet,
  apiTopic,
  pageExpectingRefusals,
  registerMember,
  uniqueSuffix,
  validNationalId,
} from './support/forum';
import type { Page } from '@playwright/test';

/**
 * Helsebro without a connection (issue 14, ADR 0020): once a member has used it, the service worker
 * keeps the app shell, so a reload on a lost connection shows Helsebro with a readable message
 * instead of the browser's "no internet" page, and a reply being written is still there when the
 * connection returns.
 */
async function workerHasKeptThisPage(page: Page) {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const loaded = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/assets/'));
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('helsebro-'))!);
    const kept = await Promise.all(loaded.map((p) => cache.match(p)));
    return loaded.length > 0 && kept.every(Boolean) && !!(await cache.match('/'));
  });
}

test('a reload without a connection shows Helsebro and says it is offline; the draft survives', async ({
  page,
  context,
  shot,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone is where connections drop');
  await registerMember(page, 'Frakoplet');
  const id = await apiTopic(page, {
    kind: 'DISCUSSION',
    title: `Dekning på hjemmebesøk ${uniqueSuffix()}`,
    body: 'Hvordan jobber dere der nettet er svakt?',
  });
  await page.goto(`/forum/t/${id}`);
  await page.getByLabel('Svaret ditt').fill('Vi skriver notatet ferdig i bilen.');
  await expect(page.getByRole('status').filter({ hasText: /^Utkast lagret/ })).toBeVisible();
  await expect.poll(() => workerHasKeptThisPage(page), { timeout: 20_000 }).toBe(true);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Du er uten nett' })).toBeVisible();
  // Helsebro's own page (its header and links), not the browser's "no internet" page; the member is
  // not signed out, the page waits for the connection.
  await expect(page.getByRole('link', { name: /^Helsebro/ })).toBeVisible();
  // The session is unknown offline: the header offers neither "Logg inn" nor the account menu,
  // only an empty place of the links' size, so nothing jumps when the session is known.
  const place = page.getByTestId('account-placeholder');
  await expect(place).toBeAttached();
  await expect(place).toBeHidden();
  const size = () => place.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  expect((await size()).width, "the placeholder keeps the links' room").toBeGreaterThan(40);
  expect((await size()).height).toBeGreaterThan(10);
  await expect(page.getByRole('link', { name: 'Logg inn' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Bli medlem' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Kontomeny for/ })).toHaveCount(0);
  await shot('offline-topic-reloaded');
  await expectNoAxeViolations(page);

  // (A page never opened before has no code kept: it shows "Fikk ikke kontakt med Helsebro. Sjekk
  // nettforbindelsen og prøv igjen." — ADR 0020.)

  await context.setOffline(false);
  // Back online the session is restored where it was unknown: the account menu, not sign-in.
  await expect(page.getByRole('button', { name: /^Kontomeny for/ })).toBeVisible();
  await expect(place).toHaveCount(0);
  await page.goto(`/forum/t/${id}`);
  await expect(page.getByLabel('Svaret ditt')).toHaveValue('Vi skriver notatet ferdig i bilen.');
});

test('a topic read is kept for offline; a reply written offline waits and is posted once; sign-out forgets both', async ({
  page,
  context,
  shot,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone is where connections drop');
  await registerMember(page, 'Lagret');
  const title = `Vaktliste i journalen ${uniqueSuffix()}`;
  const id = await apiTopic(page, {
    kind: 'DISCUSSION',
    title,
    body: 'Hvordan legger dere inn vaktlisten?',
  });
  const notKeptId = await apiTopic(page, {
    kind: 'DISCUSSION',
    title: `Aldri åpnet ${uniqueSuffix()}`,
    body: 'Denne tråden leser ingen før nettet forsvinner.',
  });
  const notKept = page.getByRole('heading', {
    level: 1,
    name: 'Denne tråden er ikke lagret på enheten',
  });
  const heading = page.getByRole('heading', { level: 1, name: title });
  const savedCopy = page.getByText(/^Du leser en lagret kopi fra \d/);
  await page.goto(`/forum/t/${id}`);
  await expect(heading).toBeVisible();
  await expect.poll(() => workerHasKeptThisPage(page), { timeout: 20_000 }).toBe(true);

  // Offline, the topic opens from the copy kept for this member, and says so.
  await context.setOffline(true);
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(savedCopy).toBeVisible();
  await shot('offline-kept-topic');
  await expectNoAxeViolations(page);
  // A topic the member never opened is not there, and the page says why.
  await page.goto(`/forum/t/${notKeptId}`);
  await expect(notKept).toBeVisible({ timeout: 10_000 });
  await expectNoAxeViolations(page);
  await page.goBack();
  await expect(savedCopy).toBeVisible();

  // Back online the page is fresh again and the member is signed in.
  await context.setOffline(false);
  await expect(savedCopy).toBeHidden();
  const field = page.getByLabel('Svaret ditt');
  await expect(field).toBeVisible();

  // A reply written offline waits in place, and the header says what waits.
  await context.setOffline(true);
  const reply = `Vi bruker malen fra avdelingen ${uniqueSuffix()}`;
  await field.fill(reply);
  await page.getByRole('button', { name: 'Send svar' }).click();
  const waiting = page.getByRole('list', { name: 'Innlegg som venter på nett' });
  await expect(waiting.getByText('Venter på nett – sendes når du er tilkoblet')).toBeVisible();
  await expect(waiting.getByText(reply)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '1 innlegg venter på nett' }),
  ).toBeVisible();
  await expect(field).toHaveValue('');
  await shot('offline-reply-waiting');
  await expectNoAxeViolations(page);

  // Back online it is sent by itself, once.
  await context.setOffline(false);
  await expect(waiting.getByText('Svaret ditt er sendt')).toBeVisible();
  const copies = async () => {
    const read = await apiGet<{ posts: { bodyHtml: string }[] }>(page, `/topics/${id}`);
    return read.posts.filter((p) => p.bodyHtml.includes(reply)).length;
  };
  expect(await copies()).toBe(1);
  await page.reload();
  await expect(page.locator('.hb-posts').getByText(reply)).toBeVisible();
  expect(await copies(), 'a reload (another round) sends nothing again').toBe(1);

  // A waiting reply the server refuses (the patient-data guard) comes back into the field with the
  // server's reason. (On a page that expects the 422; this one leaves Helsebro meanwhile, so that
  // only one page sends the queue.)
  await page.goto('about:blank');
  const refusing = await pageExpectingRefusals(context, [422]);
  const p = refusing.page;
  await p.goto(`/forum/t/${id}`);
  const refused = `Gjelder pasient ${validNationalId}, sjekk kurven.`;
  await expect(p.getByLabel('Svaret ditt')).toBeVisible();
  await context.setOffline(true);
  await p.getByLabel('Svaret ditt').fill(refused);
  await p.getByRole('button', { name: 'Send svar' }).click();
  await expect(p.getByText('Venter på nett – sendes når du er tilkoblet')).toBeVisible();
  await context.setOffline(false);
  await expect(
    p.getByText(/Innlegget ble ikke sendt fordi det ser ut til å inneholde/),
  ).toBeVisible();
  await expect(p.getByLabel('Svaret ditt')).toHaveValue(refused);
  await expect(p.getByText('Venter på nett – sendes når du er tilkoblet')).toHaveCount(0);
  await expectNoAxeViolations(p);
  refusing.expectNoOtherErrors();
  await p.close();

  // Signed out, nothing of it is kept: offline the topic is not there, only Helsebro's offline page.
  // The page's late parts (related topics, after its content) answered before signing out: a
  // request still on its way when the session ends is answered 401, a console error here. Waiting
  // for the network to go quiet was not enough: the related topics were sometimes asked for after
  // a quiet moment (CI of b6b9202).
  const related = page.waitForResponse((r) => r.url().includes(`/api/v1/search/related/${id}`));
  await page.goto(`/forum/t/${id}`);
  await related;
  await page.waitForLoadState('networkidle');
  await signOut(page);
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('helsebro.offline.')),
    ),
  ).toEqual([]);
  await context.setOffline(true);
  await page.goto(`/forum/t/${id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Du er uten nett' })).toBeVisible();
  await expect(heading).toHaveCount(0);
  await expect(page.getByText(reply)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a follow pressed offline is sent when back; one the server never got says so (nynorsk)', async ({
  page,
  context,
  shot,
}) => {
  await registerMember(page, 'Følgjar');
  const id = await apiTopic(page, {
    kind: 'DISCUSSION',
    title: `Skrivarar på vaktrommet ${uniqueSuffix()}`,
    body: 'Kven held orden på skrivarane hos dykk?',
  });
  const following = async () =>
    (await apiGet<{ topic: { following: boolean } }>(page, `/topics/${id}`)).topic.following;
  await page.goto(`/forum/t/${id}`);
  await switchLanguage(page, 'nn');
  // The asker follows their own topic; the toggle's label says the state it shows.
  const follow = page.getByRole('button', { name: /^Følg(jer)? tråden$/ });
  await expect(follow).toHaveText('Følgjer tråden');

  // Offline, the press shows and waits with what the member writes; it goes once back.
  await context.setOffline(true);
  await follow.click();
  await expect(follow).toHaveText('Følg tråden');
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await context.setOffline(false);
  await expect.poll(following).toBe(false);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The browser thinks it is online but the request never arrives (a dropped mobile connection):
  // the toggle says the change was not saved and shows what the server has.
  await page.route(`**/api/v1/topics/${id}/following`, (route) =>
    route.abort('internetdisconnected'),
  );
  await follow.click();
  await expect(page.getByRole('alert')).toHaveText(
    'Fekk ikkje kontakt med Helsebro, så endringa vart ikkje lagra. Prøv igjen når nettet er tilbake.',
  );
  await expect(follow).toHaveText('Følg tråden');
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await shot('toggle-not-saved-nn');
  await expectNoAxeViolations(page);

  // Pressed again with the connection back, it takes and the message goes.
  await page.unroute(`**/api/v1/topics/${id}/following`);
  await follow.click();
  await expect(follow).toHaveText('Følgjer tråden');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(following).toBe(true);
  await switchLanguage(page, 'nb');
});

test('a new topic written offline waits and is sent once when back; cancelling it while the form has text keeps both', async ({
  page,
  context,
  shot,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone is where connections drop');
  await registerMember(page, 'Nyskriver');
  const first = `Skanner i poliklinikken ${uniqueSuffix()}`;
  const second = `Lydløs telefon på nattevakt ${uniqueSuffix()}`;
  const titled = async (title: string) => {
    const list = await apiGet<{ items: { title: string }[] }>(page, '/topics?sort=newest&size=50');
    return list.items.filter((t) => t.title === title).length;
  };
  const titleField = page.getByLabel('Spørsmålet ditt');
  const bodyField = page.getByLabel('Beskriv problemet');
  const send = page.getByRole('button', { name: 'Still spørsmålet' });
  const waiting = page.getByRole('list', { name: 'Innlegg som venter på nett' });
  const notice = page.getByRole('status').filter({ hasText: '1 innlegg venter på nett' });
  await page.goto('/forum/new?kind=question');
  await expect(page.getByRole('heading', { level: 1, name: 'Still et spørsmål' })).toBeVisible();
  // The member sees the form as it is, with its category, before the connection goes.
  await expect(page.getByLabel('Kategori')).toHaveValue(/^\d+$/);

  // Written and sent without a connection: it waits in place, the form is empty for the next.
  await context.setOffline(true);
  await titleField.fill(first);
  await bodyField.fill('Skanneren finner ikke journalen. Hva sjekker dere?');
  await send.click();
  await expect(waiting.getByText('Venter på nett – sendes når du er tilkoblet')).toBeVisible();
  await expect(waiting.getByText(first)).toBeVisible();
  await expect(notice).toBeVisible();
  await expect(titleField).toHaveValue('');
  await expect(bodyField).toHaveValue('');

  // The member starts on another question; cancelling the waiting one cannot overwrite that text:
  // the page says what to do, the first still waits, the new text stays.
  await titleField.fill(second);
  await bodyField.fill('Telefonen ringer ikke når den er i lommen.');
  await waiting.getByRole('button', { name: 'Avbryt sending' }).click();
  await expect(waiting.getByText(/^Skjemaet har tekst fra før\./)).toBeVisible();
  await expect(waiting.getByText('Venter på nett – sendes når du er tilkoblet')).toBeVisible();
  await expect(titleField).toHaveValue(second);
  await shot('offline-topic-cancel-with-text');
  await expectNoAxeViolations(page);

  // Back online the first is sent by itself, once; the text in the form is untouched.
  await context.setOffline(false);
  await expect(waiting.getByText('Innlegget ditt er sendt')).toBeVisible();
  await expect(waiting.getByRole('link', { name: 'Se innlegget' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(titleField).toHaveValue(second);
  expect(await titled(first)).toBe(1);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Still et spørsmål' })).toBeVisible();
  expect(await titled(first), 'a reload (another round) sends nothing again').toBe(1);

  // The second, sent offline and cancelled with the form empty, comes back into the form and is
  // never sent.
  await expect(titleField).toHaveValue(second);
  await context.setOffline(true);
  await send.click();
  await expect(waiting.getByText(second)).toBeVisible();
  await expect(titleField).toHaveValue('');
  await waiting.getByRole('button', { name: 'Avbryt sending' }).click();
  await expect(titleField).toHaveValue(second);
  await expect(bodyField).toHaveValue('Telefonen ringer ikke når den er i lommen.');
  await expect(waiting.getByText(second)).toHaveCount(0);
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Du er uten nett' })).toHaveCount(0);
  expect(await titled(second)).toBe(0);
});
