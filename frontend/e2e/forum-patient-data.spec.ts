import { expectNoAxeViolations } from './support/a11y';
import { expect, switchLanguage, test } from './support/fixtures';
import {
  apiTopic,
  invalidNationalId,
  pageExpectingRefusals,
  registerMember,
  uniqueSuffix,
  validNationalId,
} from './support/forum';

test.describe('the patient-data guard in the forum', () => {
  test('a reply with a valid national id number is refused with the explanation; an invalid one passes', async ({
    page,
    context,
    shot,
  }) => {
    await registerMember(page, 'Marit');
    const id = await apiTopic(page, {
      kind: 'QUESTION',
      title: `Feil i legemiddellisten ${uniqueSuffix()}`,
      body: 'Noen som har sett dette?',
    });
    const refused = await pageExpectingRefusals(context, [422]);
    const p = refused.page;
    await p.goto(`/forum/t/${id}`);
    await p.getByLabel('Svaret ditt').fill(`Gjelder pasient ${validNationalId}, sjekk kurven.`);
    await p.getByRole('button', { name: 'Send svar' }).click();

    await expect(p.getByText(/Pasientopplysninger skal aldri deles/)).toBeVisible();
    await expect(p.getByText('Linje 1, tegn 17:')).toBeVisible();
    await expect(p.locator('mark', { hasText: validNationalId })).toBeVisible();
    await expect(p.getByText(/Innlegget ble ikke sendt/)).toBeVisible();
    await expectNoAxeViolations(p);
    await p.screenshot({
      path: shotPath(test.info().project.name, 'forum-patient-data-nb'),
      fullPage: true,
    });

    await p.getByRole('button', { name: 'Marker tallet' }).click();
    await switchLanguage(p, 'en');
    await expect(p.getByText(/Patient data must never be shared/)).toBeVisible();
    await expect(p.getByText('Line 1, character 17:')).toBeVisible();
    await expectNoAxeViolations(p);
    await p.screenshot({
      path: shotPath(test.info().project.name, 'forum-patient-data-en'),
      fullPage: true,
    });
    await switchLanguage(p, 'nb');
    refused.expectNoOtherErrors();
    await p.close();

    await page.goto(`/forum/t/${id}`);
    await page
      .getByLabel('Svaret ditt')
      .fill(`Ordrenummer ${invalidNationalId} er sendt til apoteket.`);
    await page.getByRole('button', { name: 'Send svar' }).click();
    await expect(
      page.locator('.hb-post').filter({ hasText: `Ordrenummer ${invalidNationalId} er sendt` }),
    ).toBeVisible();
    await expect(page.getByText(/Pasientopplysninger skal aldri deles/)).toHaveCount(0);
    await shot('forum-patient-data-passes');
  });
});

function shotPath(project: string, name: string) {
  return new URL(`./.artifacts/shots/${project}-${name}.png`, import.meta.url).pathname;
}
