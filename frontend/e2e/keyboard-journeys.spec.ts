import type { Locator, Page } from '@playwright/test';
import { registerMember, signInAsCoordinator, uniqueEmail } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { uniqueSuffix } from './support/forum';
import { optInAsMentor, termId } from './support/mentoring';
import { apiMember, flag, reply, topic } from './support/moderation';

/**
 * A question asked, answered and solved; a search, a followed topic and a mentor request; a
 * newcomer's registration; a coordinator's review decisions — with the keyboard alone (issue 14,
 * ADR 0017), in bokmål, nynorsk and English: every stop on the way shows where focus is, focus
 * lands on the new content after each step (and back where it was after a dialog), results are
 * announced in live regions, and the pages pass axe on the way.
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

const registerTexts = {
  nb: {
    name: 'Navn',
    email: 'E-postadresse',
    password: 'Passord',
    organisation: 'Arbeidssted (virksomhet)',
    submit: 'Bli medlem',
    emailError: 'Skriv en gyldig e-postadresse, for eksempel navn@ahus.no',
    personalError: 'Passordet inneholder navnet ditt, e-postadressen din eller «helsebro».',
    sent: 'Sjekk e-posten din',
  },
  nn: {
    name: 'Namn',
    email: 'E-postadresse',
    password: 'Passord',
    organisation: 'Arbeidsstad (verksemd)',
    submit: 'Bli medlem',
    emailError: 'Skriv ei gyldig e-postadresse, til dømes namn@ahus.no',
    personalError: 'Passordet inneheld namnet ditt, e-postadressa di eller «helsebro».',
    sent: 'Sjekk e-posten din',
  },
  en: {
    name: 'Name',
    email: 'E-mail address',
    password: 'Password',
    organisation: 'Workplace (organisation)',
    submit: 'Join',
    emailError: 'Enter a valid e-mail address, for example name@ahus.no',
    personalError: 'The password contains your name, your e-mail address or "helsebro".',
    sent: 'Check your e-mail',
  },
} as const;

/** Replaces what the focused field holds, as a keyboard user does (select all, type). */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('a newcomer registers with the keyboard alone (nb, nn, en)', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'keyboard journeys on the desktop');
  test.setTimeout(180_000);
  for (const language of ['nb', 'nn', 'en'] as const) {
    const t = registerTexts[language];
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
    await page.goto('/register');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const name = page.getByLabel(t.name, { exact: true });
    const email = page.getByLabel(t.email, { exact: true });
    const password = page.getByLabel(t.password, { exact: true });
    await tabTo(page, name);
    await page.keyboard.type(`Nora Tastar ${uniqueSuffix()}`);
    await tabTo(page, email);
    await page.keyboard.type('nora-på-ahus');
    await tabTo(page, password);
    // Long enough for the page's own check; the server refuses it as personal.
    await page.keyboard.type('helsebro123456');
    await tabTo(page, page.getByLabel(t.organisation, { exact: true }));
    await page.keyboard.type('Akershus universitetssykehus');
    await tabTo(page, page.getByRole('button', { name: t.submit, exact: true }));
    await page.keyboard.press('Enter');

    // The page's own check: the focus goes to the field to fix, which says what is wrong.
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(new RegExp(escapeRegExp(t.emailError)));
    await retype(page, uniqueEmail('ahus.no', 'tastar'));
    await page.keyboard.press('Enter');

    // The server's refusal: the focus goes to the password, with the server's reason in words.
    await expect(password).toBeFocused();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(new RegExp(escapeRegExp(t.personalError)));
    await expectNoAxeViolations(page);
    await retype(page, 'kaffe på nattevakt klokka tre');
    await page.keyboard.press('Enter');

    // The confirmation replaces the form and takes the focus (a status: read out).
    await expect(page.getByRole('heading', { level: 1, name: t.sent })).toBeVisible();
    const sent = page.getByRole('status').filter({ hasText: t.sent });
    await expect(sent).toBeFocused();
    // accounts-register.spec scans the confirmation in nb and en.
    if (language === 'nn') await expectNoAxeViolations(page);
    await context.close();
  }
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const reviewTexts = {
  nb: {
    queue: 'Rapporterte innlegg',
    reason: 'Begrunnelse (valgfritt, føres i loggen)',
    hide: (n: number, topic: string) => `Skjul innlegget – innlegg ${n} i «${topic}»`,
    hidden: 'Innlegget er skjult og rapportene gitt medhold.',
    approvals: 'Godkjenn nye medlemmer',
    approve: (name: string) => `Godkjenn ${name}`,
    approved: (name: string) => `${name} er godkjent og har fått e-post.`,
    reject: (name: string) => `Avvis ${name}`,
    rejectTitle: (name: string) => `Avvise ${name}?`,
    rejectReason: 'Begrunnelse (valgfritt, føres i loggen)',
    rejectSubmit: 'Avvis og slett',
    rejected: (name: string) => `${name} er avvist, og dataene er slettet.`,
  },
  nn: {
    queue: 'Rapporterte innlegg',
    reason: 'Grunngjeving (valfritt, blir ført i loggen)',
    hide: (n: number, topic: string) => `Skjul innlegget – innlegg ${n} i «${topic}»`,
    hidden: 'Innlegget er skjult, og rapportane har fått medhald.',
    approvals: 'Godkjenn nye medlemmer',
    approve: (name: string) => `Godkjenn ${name}`,
    approved: (name: string) => `${name} er godkjend og har fått e-post.`,
    reject: (name: string) => `Avvis ${name}`,
    rejectTitle: (name: string) => `Avvise ${name}?`,
    rejectReason: 'Grunngjeving (valfritt, blir ført i loggen)',
    rejectSubmit: 'Avvis og slett',
    rejected: (name: string) => `${name} er avvist, og dataa er sletta.`,
  },
  en: {
    queue: 'Flagged posts',
    reason: 'Reason (optional, written to the log)',
    hide: (n: number, topic: string) => `Hide the post – post ${n} in “${topic}”`,
    hidden: 'The post is hidden and the flags upheld.',
    approvals: 'Approve new members',
    approve: (name: string) => `Approve ${name}`,
    approved: (name: string) => `${name} is approved and has been sent an e-mail.`,
    reject: (name: string) => `Reject ${name}`,
    rejectTitle: (name: string) => `Reject ${name}?`,
    rejectReason: 'Reason (optional, written to the log)',
    rejectSubmit: 'Reject and delete',
    rejected: (name: string) => `${name} is rejected, and their data is deleted.`,
  },
} as const;

test('a coordinator decides a flagged post and new members with the keyboard alone (nb, nn, en)', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'keyboard journeys on the desktop');
  test.setTimeout(240_000);
  const languages = ['nb', 'nn', 'en'] as const;
  // The scene, through the API: a flagged reply and two members waiting for approval per language.
  const author = await apiMember('Forfattar');
  const flagger = await apiMember('Melder');
  const title = `Tastaturvurdering ${uniqueSuffix()}`;
  const topicId = await topic(author, 'DISCUSSION', title, 'Kva for malar brukar de?');
  const scene: {
    language: (typeof languages)[number];
    text: string;
    post: { id: number; postNumber: number };
    approve: string;
    reject: string;
  }[] = [];
  for (const language of languages) {
    const text = `Billige klokker (${language}) ${uniqueSuffix()}`;
    const post = await reply(author, topicId, text);
    await flag(flagger, post.id, 'SPAM');
    const waiting: string[] = [];
    for (const first of ['Vera', 'Viggo']) {
      const name = `${first} Ventar ${uniqueSuffix().replace(/[^a-z0-9]/gi, '')}`;
      await registerMember({ email: uniqueEmail('example.org', 'vent'), displayName: name });
      waiting.push(name);
    }
    scene.push({ language, text, post, approve: waiting[0]!, reject: waiting[1]! });
  }

  await signInAsCoordinator(page);
  for (const { language, text, post, approve, reject } of scene) {
    const t = reviewTexts[language];
    await switchLanguage(page, language);

    // The review queue: a reason, then "hide"; the card goes and the result takes the focus.
    await page.goto('/moderation/queue');
    await expect(page.getByRole('heading', { level: 1, name: t.queue })).toBeVisible();
    const card = page.getByRole('listitem').filter({ hasText: text });
    await tabTo(page, card.getByLabel(t.reason), 400);
    await page.keyboard.type('Reklame.');
    await tabTo(page, card.getByRole('button', { name: t.hide(post.postNumber, title) }));
    await page.keyboard.press('Enter');
    const hidden = page.getByRole('status').filter({ hasText: t.hidden });
    await expect(hidden).toBeVisible();
    await expect(hidden).toBeFocused();
    await expect(card).toHaveCount(0);

    // Approvals: approve one member; the result takes the focus.
    await page.goto('/moderation/approvals');
    await expect(page.getByRole('heading', { level: 1, name: t.approvals })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: t.approve(approve), exact: true }), 400);
    await page.keyboard.press('Enter');
    const approved = page.getByRole('status').filter({ hasText: t.approved(approve) });
    await expect(approved).toBeFocused();

    // Reject another: a dialog asks first; Escape closes it and the focus is back on "Reject".
    const rejectButton = page.getByRole('button', { name: t.reject(reject), exact: true });
    await tabTo(page, rejectButton, 400);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: t.rejectTitle(reject) });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(t.rejectReason)).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(rejectButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel(t.rejectReason)).toBeFocused();
    await page.keyboard.type('Ikkje i helsetenesta.');
    await tabTo(page, dialog.getByRole('button', { name: t.rejectSubmit }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const rejected = page.getByRole('status').filter({ hasText: t.rejected(reject) });
    await expect(rejected).toBeFocused();
    await expect(rejectButton).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(page);
  }
  await switchLanguage(page, 'nb');
});
