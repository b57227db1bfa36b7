import type { Locator, Page } from '@playwright/test';
import { registerMember } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { uniqueSuffix } from './support/forum';
import { optInAsMentor, termId } from './support/mentoring';
import { apiMember, topic } from './support/moderation';

/**
 * A question asked, answered and solved, and a search, a followed topic and a mentor request, with
 * the keyboard alone (issue 14, ADR 0017), in bokmål, nynorsk and English: every stop on the way shows where focus is, focus lands on the new page's
 * content after each step, and the pages pass axe on the way.
 */
const texts = {
  nb: {
    email: 'E-postadresse',
    password: 'Passord',
    signIn: 'Logg inn',
    title: 'Spørsmålet ditt',
    body: 'Beskriv problemet',
    ask: 'Still spørsmålet',
    reply: 'Svaret ditt',
    send: 'Send svar',
    accept: 'Godta som svar',
    accepted: 'Godtatt svar',
    search: 'Søk i Helsebro',
    searchTitle: 'Søk: ',
    follow: 'Følg tråden',
    following: 'Følger tråden',
    message: 'Melding til ',
    sendRequest: 'Send forespørsel',
    requestSent: 'Forespørselen er sendt.',
  },
  nn: {
    email: 'E-postadresse',
    password: 'Passord',
    signIn: 'Logg inn',
    title: 'Spørsmålet ditt',
    body: 'Beskriv problemet',
    ask: 'Still spørsmålet',
    reply: 'Svaret ditt',
    send: 'Send svar',
    accept: 'Godta som svar',
    accepted: 'Godteke svar',
    search: 'Søk i Helsebro',
    searchTitle: 'Søk: ',
    follow: 'Følg tråden',
    following: 'Følgjer tråden',
    message: 'Melding til ',
    sendRequest: 'Send førespurnad',
    requestSent: 'Førespurnaden er sendt.',
  },
  en: {
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    title: 'Your question',
    body: 'Describe the problem',
    ask: 'Ask the question',
    reply: 'Your reply',
    send: 'Send reply',
    accept: 'Accept as the answer',
    accepted: 'Accepted answer',
    search: 'Search Helsebro',
    searchTitle: 'Search: ',
    follow: 'Follow the topic',
    following: 'Following the topic',
    message: 'Message to ',
    sendRequest: 'Send request',
    requestSent: 'Your request has been sent.',
  },
} as const;

type Language = keyof typeof texts;

/** Presses Tab until `target` has focus, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const shown =
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      return {
        shown,
        what: `${el.tagName.toLowerCase()} «${(el.innerText || el.getAttribute('aria-label') || '').slice(0, 30)}»`,
      };
    });
    if (stop) expect(stop.shown, `focus is visible on ${stop.what}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function signInByKeyboard(
  page: Page,
  t: (typeof texts)[Language],
  email: string,
  password: string,
) {
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel(t.email));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel(t.password, { exact: true }));
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: /^(Kontomeny for|Account menu for)/ }),
  ).toBeVisible();
}

async function focusIsInMain(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    return !!main && (main === document.activeElement || main.contains(document.activeElement));
  });
}

for (const language of ['nb', 'nn', 'en'] as const) {
  test(`a question is asked, answered and accepted with the keyboard alone (${language})`, async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'keyboard journeys on the desktop');
    // Two members, two sign-ins and a Tab press at a time: slow on a loaded machine.
    test.setTimeout(240_000);
    const t = texts[language];
    const open = async () => {
      const context = await browser.newContext({
        baseURL,
        locale: 'nb-NO',
        timezoneId: 'Europe/Oslo',
      });
      await context.addInitScript(
        (l) => window.localStorage.setItem('helsebro.language', l),
        language,
      );
      return { context, page: await context.newPage() };
    };
    const asker = await registerMember({ displayName: `Åse Tastatur ${uniqueSuffix()}` });
    const helper = await registerMember({ displayName: `Håkon Tabulator ${uniqueSuffix()}` });
    const title = `Tastaturspørsmål om utskrift frå DIPS ${uniqueSuffix()}`;

    // The asker asks.
    const a = await open();
    await signInByKeyboard(a.page, t, asker.email, asker.password);
    await a.page.goto('/forum/new?kind=question');
    await tabTo(a.page, a.page.getByLabel(t.title));
    await a.page.keyboard.type(title);
    await tabTo(a.page, a.page.getByLabel(t.body));
    await a.page.keyboard.type('Utskrifta blir ståande i kø.');
    await tabTo(a.page, a.page.getByRole('button', { name: t.ask }));
    await a.page.keyboard.press('Enter');
    await expect(a.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(await focusIsInMain(a.page), 'focus moves to the new topic').toBe(true);
    const topicUrl = a.page.url();

    // A peer answers.
    const h = await open();
    await signInByKeyboard(h.page, t, helper.email, helper.password);
    await h.page.goto(topicUrl);
    await tabTo(h.page, h.page.getByLabel(t.reply));
    await h.page.keyboard.type('Tøm køen og vel skrivaren som standard.');
    await tabTo(h.page, h.page.getByRole('button', { name: t.send }));
    await h.page.keyboard.press('Enter');
    await expect(h.page.getByText('Tøm køen og vel skrivaren som standard.')).toBeVisible();
    expect(
      await h.page.evaluate(() => document.activeElement !== document.body),
      'focus is not lost after sending',
    ).toBe(true);
    await h.context.close();

    // The asker accepts the answer.
    await a.page.reload();
    await tabTo(a.page, a.page.getByRole('button', { name: t.accept }));
    await a.page.keyboard.press('Enter');
    await expect(a.page.locator('.hb-accepted')).toHaveText(`✓ ${t.accepted}`);
    await expect(a.page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(a.page);
    await a.context.close();
  });
}

for (const language of ['nb', 'nn', 'en'] as const) {
  test(`a member searches, follows a topic and asks a mentor with the keyboard alone (${language})`, async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'keyboard journeys on the desktop');
    test.setTimeout(240_000);
    const t = texts[language];
    const word = `tastatur${uniqueSuffix().replace(/[^a-z0-9]/gi, '')}`;
    const author = await apiMember('Forfattar');
    const title = `Skrivarkø på ${word} etter oppgradering`;
    const topicId = await topic(author, 'DISCUSSION', title, 'Kven har løyst dette?');
    const mentor = await apiMember('Mentor');
    await optInAsMentor(mentor.token, [await termId(mentor.token, 'systems', 'dips-arena')]);
    const member = await registerMember({ displayName: `Mia Tastatur ${uniqueSuffix()}` });

    const context = await browser.newContext({
      baseURL,
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
    });
    await context.addInitScript(
      (l) => window.localStorage.setItem('helsebro.language', l),
      language,
    );
    const page = await context.newPage();
    await signInByKeyboard(page, t, member.email, member.password);

    // Search from the header: type, Enter; the results page has the focus in its content.
    await page.goto('/');
    await tabTo(page, page.getByRole('searchbox', { name: t.search }));
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: `${t.searchTitle}${word}` }),
    ).toBeVisible();
    expect(await focusIsInMain(page), 'focus moves to the search results').toBe(true);
    await expectNoAxeViolations(page);

    // Follow the topic: the button says it is pressed and keeps the focus.
    await page.goto(`/forum/t/${topicId}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const follow = page.getByRole('button', { name: t.follow, exact: true });
    await tabTo(page, follow);
    await page.keyboard.press('Enter');
    const following = page.getByRole('button', { name: t.following, exact: true });
    await expect(following).toHaveAttribute('aria-pressed', 'true');
    await expect(following).toBeFocused();

    // Ask a mentor: the confirmation takes the focus, so a screen reader reads it.
    await page.goto(`/mentoring/mentors/${mentor.id}`);
    await expect(page.getByRole('heading', { level: 1, name: mentor.displayName })).toBeVisible();
    await tabTo(page, page.getByLabel(`${t.message}${mentor.displayName}`));
    await page.keyboard.type('Kan du hjelpe meg med opplæring i DIPS Arena?');
    await tabTo(page, page.getByRole('button', { name: t.sendRequest }));
    await page.keyboard.press('Enter');
    const sent = page.getByRole('status').filter({ hasText: t.requestSent });
    await expect(sent).toBeVisible();
    await expect(sent).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(page);
    await context.close();
  });
}
