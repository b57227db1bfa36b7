import fs from 'node:fs';
import { expectNoAxeViolations } from './support/a11y';
import { authHeaders, registerActiveAdvisor, signIn } from './support/accounts';
import { expect, switchLanguage, test } from './support/fixtures';

test('a member downloads their data and then deletes their account', async ({ page, shot }) => {
  const member = await registerActiveAdvisor();
  await signIn(page, member.email, member.password);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('settings-nb');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned mine data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('helsebro-mine-data.json');
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
    account: { email: string; displayName: string };
  };
  expect(exported.account.email).toBe(member.email);

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('settings-en');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Delete your account?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('delete-dialog-en');
  await page.getByRole('button', { name: 'Yes, delete my account' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await switchLanguage(page, 'nb');

  const signInAgain = await page.request.post('/api/v1/auth/sign-in', {
    headers: authHeaders,
    data: { email: member.email, password: member.password },
  });
  expect(signInAgain.status()).toBe(401);
});
