import { request as playwrightRequest, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { authHeaders, coordinatorApiSession } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';
import { apiTopic, otherMember, registerMember } from './support/forum';

/**
 * A made-up word no other test's word is near: ten random consonants, so no Norwegian word, stem
 * or compound part is inside it and typo tolerance (two edits) cannot reach another test's word.
 */
function distinctWord() {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join(
    '',
  );
}

/**
 * Waits until a search for the words finds `count` topics (the index follows within 2 s). Each
 * try loads the page afresh and counts once its answer is in (the results are busy until then):
 * counting at once found none whenever the answer came after the page's load event.
 */
async function searchable(page: Page, q: string, count: number) {
  await expect
    .poll(
      async () => {
        await page.goto(`/search?q=${encodeURIComponent(q)}`);
        await expect(page.locator('.hb-search__results')).toHaveAttribute('aria-busy', 'false');
        return page.locator('.hb-search-hit').count();
      },
      { timeout: 15_000 },
    )
    .toBe(count);
}

test.describe('search', () => {
  test('a member searches with filters and opens a result at the highlighted post', async ({
    page,
    browser,
    baseURL,
    shot,
  }) => {
    const word = distinctWord();
    const author = await otherMember(browser, 'Sigrid', baseURL!);
    await apiTopic(author.page, {
      kind: 'QUESTION',
      title: `Pasientjournalsystemet ${word} henger ved lagring`,
      body: 'Journalen låser seg når vi lagrer notater.',
    });
    await apiTopic(author.page, {
      kind: 'DISCUSSION',
      title: `Erfaringer med journalsystem ${word}`,
      body: 'Hva synes dere?',
    });
    await author.context.close();

    await registerMember(page, 'Solveig');
    await searchable(page, word, 2);
    await page.goto('/');
    // The shortcut works once the page is ready: wait for the field before pressing it.
    await expect(page.getByRole('searchbox', { name: 'Søk i Helsebro' })).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Søk i Helsebro' })).toBeFocused();
    await page.keyboard.type(`journalsystem ${word}`);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: `Søk: journalsystem ${word}` }),
    ).toBeVisible();
    // "journalsystem" alone also finds other tests' topics (of two words one must match): count
    // this test's own.
    const ours = page.locator('.hb-search-hit', { hasText: word });
    await expect(ours).toHaveCount(2);
    // On a phone the filters are folded under their heading, closed while none is chosen.
    if (test.info().project.name === 'phone') {
      const fold = page.getByRole('region', { name: 'Avgrens søket' }).locator('details');
      await expect(fold).not.toHaveAttribute('open');
      await expect(page.getByRole('checkbox', { name: /^Spørsmål/ })).toBeHidden();
      await fold.getByText('Avgrens søket').click();
      await expect(fold).toHaveAttribute('open');
    }
    await page.getByRole('checkbox', { name: /^Spørsmål/ }).check();
    await expect(page).toHaveURL(/kind=QUESTION/);
    await expect(ours).toHaveCount(1);
    await expect(
      page.locator('.hb-search-hit', { hasText: 'Erfaringer med journalsystem' }),
    ).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /^Spørsmål/ })).toBeChecked();
    await expect(page.locator('.hb-search-hit mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('search-results');

    await switchLanguage(page, 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: `Search: journalsystem ${word}` }),
    ).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Question/ })).toBeChecked();
    await expectNoAxeViolations(page);
    await shot('search-results-en');
    await switchLanguage(page, 'nb');

    await ours.locator('.hb-search-hit__title a').click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: `Pasientjournalsystemet ${word} henger ved lagring`,
      }),
    ).toBeVisible();
  });

  test('a title like a solved question shows it suggested, and an empty search offers to ask', async ({
    page,
    shot,
  }) => {
    const word = distinctWord();
    await registerMember(page, 'Trine');
    await apiTopic(page, {
      kind: 'QUESTION',
      title: `Trygghetsalarmen ${word} piper om natten`,
      body: 'Den piper hele natten uten grunn.',
    });
    await searchable(page, word, 1);
    await page.goto('/forum/new?kind=question');
    await page.getByLabel('Spørsmålet ditt').fill(`Trygghetsalarm ${word} piper hele tiden`);
    await expect(page.getByRole('heading', { name: 'Lignende spørsmål' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: `Trygghetsalarmen ${word} piper om natten` }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('search-similar');
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: 'Similar questions' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('search-similar-en');
    await switchLanguage(page, 'nb');
    // The member found the answer and drops the question (an empty composer keeps no draft, so
    // the next question starts from the words it is given).
    const draftGone = page.waitForResponse(
      (r) => r.url().includes('/api/v1/drafts/') && r.request().method() === 'DELETE',
    );
    await page.getByLabel('Spørsmålet ditt').fill('');
    await draftGone;

    const nothing = `ingenting ${distinctWord()}`;
    await page.goto(`/search?q=${encodeURIComponent(nothing)}`);
    await page.getByRole('link', { name: 'Still spørsmålet til kollegene' }).click();
    await expect(page.getByLabel('Spørsmålet ditt')).toHaveValue(nothing);
  });

  test('a hidden topic is not found', async ({ page, baseURL }) => {
    const word = distinctWord();
    await registerMember(page, 'Hanne');
    const id = await apiTopic(page, {
      kind: 'QUESTION',
      title: `Skjult spørsmål ${word}`,
      body: 'Dette blir skjult.',
    });
    await searchable(page, word, 1);
    const api = await playwrightRequest.newContext({ baseURL });
    const coordinator = await coordinatorApiSession(api);
    const hidden = await api.post(`/api/v1/topics/${id}/hide`, {
      headers: { ...authHeaders, Authorization: `Bearer ${coordinator.accessToken}` },
      data: { reason: 'Spam' },
    });
    expect(hidden.ok()).toBe(true);
    await api.dispose();
    await searchable(page, word, 0);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(word) })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
