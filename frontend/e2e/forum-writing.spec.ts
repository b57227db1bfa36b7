import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { apiTopic, pageExpectingRefusals, registerMember, uniqueSuffix } from './support/forum';

test.describe('writing never loses or doubles a post', () => {
  test('a draft written while the connection is lost is still there after a reload', async ({
    page,
    context,
    shot,
  }) => {
    await registerMember(page, 'Ingrid');
    const id = await apiTopic(page, {
      kind: 'DISCUSSION',
      title: `Wi-Fi på sengeposten ${uniqueSuffix()}`,
      body: 'Hvordan har dere løst dekningen?',
    });
    await page.goto(`/forum/t/${id}`);
    await expect(page.getByLabel('Svaret ditt')).toBeVisible();
    await context.setOffline(true);
    await page.getByLabel('Svaret ditt').fill('Vi fikk flere aksesspunkter etter en måling.');
    await expect(
      page.getByRole('status').filter({ hasText: 'Utkast lagret i nettleseren' }),
    ).toBeVisible();
    await shot('forum-draft-offline');
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByLabel('Svaret ditt')).toHaveValue(
      'Vi fikk flere aksesspunkter etter en måling.',
    );
    await expect(page.getByText('Vi fant et utkast du ikke hadde sendt')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a double click, and a retry after the answer was lost, post the reply once', async ({
    page,
    shot,
  }) => {
    await registerMember(page, 'Jonas');
    const id = await apiTopic(page, {
      kind: 'QUESTION',
      title: `Dobbel innsending ${uniqueSuffix()}`,
      body: 'Test av idempotens.',
    });
    await page.goto(`/forum/t/${id}`);
    // The first send reaches the server, but its answer never comes back.
    let dropped = false;
    await page.route(`**/api/v1/topics/${id}/posts`, async (route) => {
      if (!dropped) {
        dropped = true;
        await route.fetch();
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    await page.getByLabel('Svaret ditt').fill('Bare ett svar, takk.');
    const send = page.getByRole('button', { name: 'Send svar' });
    await send.dblclick();
    // The lost answer looks like a lost connection: the reply waits with its key and is sent again
    // by itself (ADR 0025); the server knows the key and answers with the reply it already made.
    await expect(page.getByText('Svaret ditt er sendt')).toBeVisible();
    await expect(page.locator('.hb-post').filter({ hasText: 'Bare ett svar, takk.' })).toHaveCount(
      1,
    );
    await page.reload();
    await expect(page.locator('.hb-post').filter({ hasText: 'Bare ett svar, takk.' })).toHaveCount(
      1,
    );
    await shot('forum-double-submit');
  });

  test('an edit conflict shows both texts', async ({ page, context, shot }) => {
    await registerMember(page, 'Lars');
    const id = await apiTopic(page, {
      kind: 'DISCUSSION',
      title: `Felles rutine ${uniqueSuffix()}`,
      body: 'Første utkast av rutinen.',
    });
    // Two tabs of the same member: the second to save gets the conflict (409, expected there).
    const refused = await pageExpectingRefusals(context, [409]);
    const mine = refused.page;
    await page.goto(`/forum/t/${id}`);
    await mine.goto(`/forum/t/${id}`);
    await page.locator('#p1').getByRole('button', { name: 'Rediger' }).click();
    await mine.locator('#p1').getByRole('button', { name: 'Rediger' }).click();
    // Both editors hold the first version before either saves (the editor and the post's source
    // load when editing starts; a tab that loaded them after the other's save would edit version 2).
    await expect(page.getByLabel('Tekst')).toHaveValue('Første utkast av rutinen.');
    await expect(mine.getByLabel('Tekst')).toHaveValue('Første utkast av rutinen.');

    await page.getByLabel('Tekst').fill('Rutinen slik teamet ble enige om.');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(page.locator('#p1').getByText('Rutinen slik teamet ble enige om.')).toBeVisible();
    await shot('forum-edit-saved');

    await mine.getByLabel('Tekst').fill('Min versjon av rutinen.');
    await mine.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(
      mine.getByRole('heading', { name: 'Noen andre har endret innlegget' }),
    ).toBeVisible();
    await expect(mine.getByTestId('conflict-theirs')).toHaveText(
      'Rutinen slik teamet ble enige om.',
    );
    await expect(mine.getByTestId('conflict-yours')).toHaveText('Min versjon av rutinen.');
    await expectNoAxeViolations(mine);
    await mine.screenshot({
      path: new URL(
        `./.artifacts/shots/${test.info().project.name}-forum-edit-conflict.png`,
        import.meta.url,
      ).pathname,
      fullPage: true,
    });

    await mine.getByRole('button', { name: 'Behold min tekst og lagre på nytt' }).click();
    await mine.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(mine.locator('#p1').getByText('Min versjon av rutinen.')).toBeVisible();
    await mine.getByText('Endringshistorikk').click();
    await expect(mine.getByText('Versjon 3')).toBeVisible();
    refused.expectNoOtherErrors();
  });
});
