import type { RouteObject } from 'react-router';
import { pageRoutes } from '../src/app/page-routes';
import { authHeaders, signInAsCoordinator } from './support/accounts';
import { axeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { saveProfile, taxonomyId } from './support/insights';
import { apiMember, flag, reply, topic } from './support/moderation';
import { uniqueSuffix } from './support/forum';
import { optInAsMentor, termId } from './support/mentoring';
import type { Page, Request } from '@playwright/test';

/**
 * Every page of the router's own list (src/app/page-routes.ts), in bokmål, nynorsk and English,
 * signed in as a coordinator (who sees every page) and as a guest (ADR 0017, ADR 0026), at two
 * widths: a phone (360 px) and a desktop (1280 px). At both, every button or link whose spoken name
 * differs from its text contains that text (WCAG 2.5.3) and axe-core finds no WCAG 2.1 A/AA
 * violation; at 360 px nothing may be wider than the screen. Each page is loaded once and scanned at
 * both widths (the viewport is resized in place: the phone header and the desktop header are
 * different markup, the page's data is the same). A new route is checked the day it is added; one
 * without a sample value for its parameters fails here, and so does a route that was not scanned at
 * both widths in all three languages. (The app has one colour theme, so there is no second theme
 * to scan.)
 */
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };
test.use({ viewport: phone });

function paths(routes: RouteObject[], prefix = ''): string[] {
  return routes.flatMap((r) => {
    const here = r.index ? prefix || '/' : r.path ? `${prefix}/${r.path}` : prefix;
    return [...(r.path || r.index ? [here] : []), ...paths(r.children ?? [], here)];
  });
}

/** States of pages that the route list alone does not reach. */
const extraStates = [
  '/forum/new?kind=question',
  '/forum/new?kind=story',
  '/forum/new?kind=training',
  '/questions?unanswered=false',
];

/**
 * Waits until the page has had no request open for `quietMs` (at most `maxMs`): its data, code and
 * styles have come. Playwright's 'networkidle' waits for 500 ms of quiet, which was a third of the
 * every-route scan's time (~1.1 s a page); 150 ms after the last answer is enough for the app to
 * draw it. Live notifications (an event stream, open for as long as the page) do not count.
 */
function quietNetwork(page: Page) {
  const open = new Set<Request>();
  let lastChange = Date.now();
  page.on('request', (request) => {
    if (request.resourceType() === 'eventsource') return;
    open.add(request);
    lastChange = Date.now();
  });
  const settled = (request: Request) => {
    if (open.delete(request)) lastChange = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return async (quietMs = 150, maxMs = 5_000) => {
    const until = Date.now() + maxMs;
    while (Date.now() < until && (open.size > 0 || Date.now() - lastChange < quietMs))
      await page.waitForTimeout(25);
    return [...open].map((r) => r.url());
  };
}

async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.offsetWidth > 0)
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} «${el.innerText?.slice(0, 40)}»`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

/**
 * Buttons and links whose spoken name (aria-label) does not contain their visible label (WCAG
 * 2.5.3). The visible label is the text a sighted reader sees: text inside aria-hidden elements
 * (the account menu's initials) is not part of it, and a label of symbols only (✎, ×, ↺) is
 * exempt, as 2.5.3 applies to labels of words.
 */
async function labelsNotContainingText(page: Page) {
  return page.evaluate(() => {
    const visibleText = (el: HTMLElement) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('[aria-hidden="true"]')) continue;
        const style = getComputedStyle(parent);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        // Visually hidden text (clipped to 1 px) is for screen readers, not a visible label.
        if (parent.offsetWidth <= 1 && parent.offsetHeight <= 1) continue;
        text += ` ${node.textContent ?? ''}`;
      }
      return text.replace(/\s+/g, ' ').trim().toLowerCase();
    };
    return [...document.querySelectorAll<HTMLElement>('button[aria-label], a[aria-label]')]
      .filter((el) => {
        const text = visibleText(el);
        const name = (el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').toLowerCase();
        return /[\p{L}\p{N}]/u.test(text) && !name.includes(text);
      })
      .map((el) => `«${visibleText(el)}» named «${el.getAttribute('aria-label')}»`);
  });
}

/** Real things behind every :id (a missing one is a 404 the browser logs as an error). */
async function samplePaths(page: Page, coordinatorId: number | null) {
  // Content that stresses the layout: long Norwegian compound words, a flagged post in the queue.
  const author = await apiMember('Langordet');
  const flagger = await apiMember('Rapportøren');
  const title = `Implementeringshistorieerfaringsutvekslingsmøte i kommunehelsetjenesten ${uniqueSuffix()}`;
  const topicId = await topic(author, 'DISCUSSION', title, 'Journalsystemintegrasjonsproblemer.');
  const answer = await reply(author, topicId, 'Velferdsteknologiimplementeringen gikk fint.');
  await flag(flagger, answer.id, 'SPAM');
  const sampleFor: Record<string, string> = {
    '/forum/t/:id': `/forum/t/${topicId}`,
    '/mentoring/mentors/:id': `/mentoring/mentors/${author.id}`,
    '/*': '/denne-siden-finnes-ikke',
  };
  const samples: Record<string, string> = {
    ':id': String(coordinatorId ?? author.id),
    ':slug': 'coffee-room',
  };
  await optInAsMentor(author.token, [await termId(author.token, 'systems', 'dips-arena')]);
  // A region in the author's profile makes its peer group (groups are made from profiles).
  await saveProfile(
    author.token,
    author.displayName,
    await taxonomyId(author.token, 'REGION', 'helse-vest'),
    [],
  );

  if (coordinatorId !== null) {
    // A group, and a mentorship of the coordinator's with the author.
    const refreshed = await page.request.post('/api/v1/auth/refresh', { headers: authHeaders });
    expect(refreshed.status()).toBe(200);
    const asCoordinator = {
      Authorization: `Bearer ${((await refreshed.json()) as { accessToken: string }).accessToken}`,
    };
    let groups: { id: number }[] = [];
    await expect
      .poll(async () => {
        const r = await page.request.get('/api/v1/groups', { headers: asCoordinator });
        groups = (await r.json()) as { id: number }[];
        return groups.length;
      })
      .toBeGreaterThan(0);
    const requested = await page.request.post('/api/v1/mentor-requests', {
      headers: asCoordinator,
      data: { mentorId: author.id, message: 'Kan du være mentoren min?' },
    });
    expect(requested.status(), await requested.text()).toBe(201);
    const accepted = await author.api.patch(
      `/api/v1/mentor-requests/${((await requested.json()) as { id: number }).id}`,
      { headers: { Authorization: `Bearer ${author.token}` }, data: { status: 'ACCEPTED' } },
    );
    expect(accepted.status(), await accepted.text()).toBe(200);
    const mentorshipId = ((await accepted.json()) as { mentorshipId: number }).mentorshipId;
    sampleFor['/groups/:id'] = `/groups/${groups[0]!.id}`;
    sampleFor['/groups/:id/ask'] = `/groups/${groups[0]!.id}/ask`;
    sampleFor['/mentoring/m/:id'] = `/mentoring/m/${mentorshipId}`;
  }

  const all = paths(pageRoutes).map((p) => {
    const path = sampleFor[p] ?? p.replace(/:[a-z]+/gi, (m) => samples[m] ?? m);
    expect(path, `a sample value for the parameters of ${p}`).not.toMatch(/:[a-z]/i);
    return path;
  });
  expect(all.length).toBeGreaterThan(30);
  return [...all, ...extraStates];
}

const languages = ['nb', 'nn', 'en'] as const;
const widths = [
  ['360 px', phone],
  ['1280 px', desktop],
] as const;

/**
 * Visits every path in each language and scans it at both widths; collects every finding before
 * failing, and fails too when a path was not scanned at both widths in every language. A path
 * that sends the visitor on to a page already scanned in this language (a guest at a members'
 * page goes to sign-in, RequireRole) counts as scanned by that page's scan: the same page is not
 * scanned again for every path that leads to it (~40 of a guest's paths, a third of CI's e2e time).
 */
async function checkAll(page: Page, who: string, visit: string[]) {
  const problems: string[] = [];
  const scanned = new Set<string>();
  const networkQuiet = quietNetwork(page);
  for (const language of languages) {
    await switchLanguage(page, language);
    const landedOn = new Set<string>();
    for (const path of visit) {
      await page.setViewportSize(phone);
      await page.goto(path);
      // Settled before the scan: the network quiet for 150 ms, but for at most 5 s, then nothing
      // still loading. The bound is a guard: a second, unread session refresh once kept every
      // signed-in page from going idle and the scan outgrew its limit (fixed in 0b8eaec;
      // accounts-tabs.spec.ts asserts that a signed-in page goes idle).
      await networkQuiet();
      await expect(page.locator('[aria-busy="true"], .ds-skeleton')).toHaveCount(0);
      await expect(page.locator('h1').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const landed = new URL(page.url()).pathname;
      if (landed !== new URL(path, page.url()).pathname && landedOn.has(landed)) {
        for (const [width] of widths) scanned.add(`${language} ${width} ${path}`);
        continue;
      }
      landedOn.add(landed);
      for (const [width, size] of widths) {
        await page.setViewportSize(size);
        // The header and layout follow the width in CSS; let the resized page lay out first.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
        const where = `${who} ${language} ${width} ${path}`;
        if (size === phone) {
          const overflow = await overflowOf(page);
          if (overflow) problems.push(`${where}: ${JSON.stringify(overflow)}`);
        }
        for (const m of await labelsNotContainingText(page)) problems.push(`${where}: ${m}`);
        for (const v of await axeViolations(page)) problems.push(`${where}: ${v}`);
        scanned.add(`${language} ${width} ${path}`);
      }
    }
  }
  for (const language of languages)
    for (const [width] of widths)
      for (const path of visit)
        if (!scanned.has(`${language} ${width} ${path}`))
          problems.push(`${who} ${language} ${width} ${path}: not scanned`);
  await page.setViewportSize(phone);
  return problems;
}

// The two visitors run side by side (two workers), each through all three languages.
test.describe.configure({ mode: 'parallel' });

test('every page as a coordinator: no sideways scroll at 360 px, names contain labels and no axe violations at 360 and 1280 px, in nb, nn and en', async ({
  page,
}) => {
  // ~150 page loads with two axe runs each: 9-16 min at load average 8, about 20 min at 17.
  test.setTimeout(1_800_000);
  const coordinator = await signInAsCoordinator(page);
  const visit = await samplePaths(page, coordinator.id ?? null);
  expect(await checkAll(page, 'coordinator', visit)).toEqual([]);
});

test('every page as a guest: no sideways scroll at 360 px, names contain labels and no axe violations at 360 and 1280 px, in nb, nn and en', async ({
  page,
}) => {
  // ~150 page loads with two axe runs each: 9-16 min at load average 8, about 20 min at 17.
  test.setTimeout(1_800_000);
  await page.goto('/');
  const visit = await samplePaths(page, null);
  expect(await checkAll(page, 'guest', visit)).toEqual([]);
});
