import type { Locator, Page } from '@playwright/test';
import { registerMember } from './support/accounts';
import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { uniqueSuffix } from './support/forum';

/**
 * A question asked, answered and solved with the keyboard alone (issue 14, ADR 0017), in bokmål,
 * nynorsk and English: every stop on the way shows where focus is, focus lands on the new page's
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
