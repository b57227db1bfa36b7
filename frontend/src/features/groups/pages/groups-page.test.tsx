import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, renderPage, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import { GroupsPage } from './groups-page';

describe('GroupsPage', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('tells a member in no group what puts them in one, with a link to the profile', async () => {
    stubApi({ 'GET /groups': () => answer(200, []) });
    renderPage(<GroupsPage />, { path: '/groups', url: '/groups' });
    expect(await screen.findByRole('heading', { name: 'Dine grupper' })).toBeVisible();
    expect(screen.getByText(/Du er ikke med i noen grupper ennå/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Fyll ut profilen' })).toHaveAttribute(
      'href',
      '/profile/edit',
    );
  });
});
