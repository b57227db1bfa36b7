import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import { otherMember, registerMember } from './support/forum';

test.describe('a question is asked, answered and solved', () => {
  test('the asker accepts an answer and the list shows the question solved', async ({
    page,
    browser,
    baseURL,
    shot,
  }) => {
    const asker = await registerMember(page, 'Astrid');
    const title = `Skriveren på vaktrommet skriver ikke ut fra DIPS ${asker.email.slice(6, 14)}`;

    await page.goto('/forum/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Hva vil du dele?' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('forum-new-choose');
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Spørsmål/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Still et spørsmål' })).toBeVisible();
    await page.getByLabel('Spørsmålet ditt').fill(title);
    await page
      .getByLabel('Beskriv problemet')
      .fill('Utskriften blir stående i kø. Hva sjekker dere først?');
    await expectNoAxeViolations(page);
    await shot('forum-new-question');
    await page.getByRole('button', { name: 'Still spørsmålet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const topicUrl = page.url();

    const helper = await otherMember(browser, 'Henrik', baseURL!);
    await helper.page.goto(topicUrl);
    await helper.page
      .getByLabel('Svaret ditt')
      .fill('Sjekk at skriveren er valgt som standard i DIPS, og tøm køen.');
    await helper.page.getByRole('button', { name: 'Send svar' }).click();
    await expect(helper.page.getByText('Sjekk at skriveren er valgt som standard')).toBeVisible();
    await helper.context.close();

    await page.reload();
    await expect(page.getByText('Sjekk at skriveren er valgt som standard')).toBeVisible();
    await page.getByRole('button', { name: 'Godta som svar' }).click();
    await expect(page.locator('.hb-accepted')).toHaveText('✓ Godtatt svar');
    // A pressed toggle looks pressed, not only says so to a screen reader.
    const answer = page.locator('.hb-post').filter({ hasText: 'Sjekk at skriveren' });
    const helpful = answer.getByRole('button', { name: /Nyttig \(\d+\)$/ });
    // A pressed one's name starts with its ✓.
    const thanks = answer.getByRole('button', { name: /Takk \(\d+\)$/ });
    await thanks.click();
    await expect(thanks).toHaveAttribute('aria-pressed', 'true');
    await expect(thanks).toHaveText('Takk (1)');
    await expect(helpful).toHaveAttribute('aria-pressed', 'false');
    const look = (button: typeof thanks) =>
      button.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.boxShadow} ${style.fontWeight}`;
      });
    expect(await look(thanks)).not.toEqual(await look(helpful));
    await expectNoAxeViolations(page);
    await shot('forum-topic-solved');

    await page.goto('/forum?kind=QUESTION&sort=newest');
    const row = page.getByRole('listitem').filter({ hasText: title });
    await expect(row.getByText('Løst')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('forum-latest-nb');

    await switchLanguage(page, 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Latest in the forum' }),
    ).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: title }).getByText('Solved'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('forum-latest-en');
    await page.goto(topicUrl);
    await expect(page.locator('.hb-accepted')).toHaveText('✓ Accepted answer');
    await expectNoAxeViolations(page);
    await shot('forum-topic-en');
    await switchLanguage(page, 'nb');
  });
});
