import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, renderPage, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import { MentorDirectory } from './mentor-directory';

const none = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };

describe('MentorDirectory', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
    stubApi({ 'GET /mentors': () => answer(200, none) });
  });

  it('says that no one is a mentor yet when nothing narrows an empty list', async () => {
    renderPage(<MentorDirectory />, { path: '/mentoring', url: '/mentoring' });
    expect(await screen.findByText(/Ingen har meldt seg som mentor ennå/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Fjern filtrene' })).toBeNull();
  });

  it('offers to clear the filters when they leave no mentor', async () => {
    renderPage(<MentorDirectory />, { path: '/mentoring', url: '/mentoring?region=3' });
    expect(await screen.findByText(/Ingen mentorer passer filtrene/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Fjern filtrene' })).toBeVisible();
  });
});
