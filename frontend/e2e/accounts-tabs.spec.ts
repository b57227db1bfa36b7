import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { registerMember } from './support/forum';

// Members open each unread topic in a tab of its own. Every tab restores the session from the
// one refresh cookie at the same moment; none of them may sign the member out (ADR 0105).
test('a member who opens several tabs at once stays signed in in all of them', async ({
  page,
  context,
  shot,
}) => {
  const member = await registerMember(page, 'Tove');
  const menu = { name: `Kontomeny for ${member.name}` };
  const paths = ['/questions', '/members', '/mentoring', '/'];
  const tabs = await Promise.all(paths.map(() => context.newPage()));

  await Promise.all(tabs.map((tab, i) => tab.goto(paths[i] ?? '/')));
  for (const tab of tabs) {
    await expect(tab.getByRole('button', menu)).toBeVisible();
  }
  await Promise.all(tabs.map((tab) => tab.reload()));
  for (const tab of tabs) {
    await expect(tab.getByRole('button', menu)).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('button', menu)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot('accounts-tabs');
});
