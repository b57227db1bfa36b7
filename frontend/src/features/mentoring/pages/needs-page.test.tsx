import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { MenteeNeeds } from '../api/types';
import { answer, renderPage, stubApi } from '@/testing/render';
import { NeedsPage } from './needs-page';
import { noMentoringOptions } from '../testing';

const needs: MenteeNeeds = {
  systems: [],
  topics: [],
  goals: null,
  workplaceType: null,
  region: null,
  language: null,
  background: null,
  availability: [],
  sameRegion: false,
  sameBackground: false,
  maxMentorships: 1,
  updatedAt: null,
};

const options = noMentoringOptions;

describe('NeedsPage', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('asks for one mentor at a time unless the mentee chooses more', async () => {
    let sent: unknown;
    stubApi({
      'GET /me/mentee-needs': () => answer(200, needs),
      'GET /mentoring-options': () => answer(200, options),
      'PUT /me/mentee-needs': (init) => {
        sent = JSON.parse(String(init?.body));
        return answer(200, { ...needs, maxMentorships: 2 });
      },
    });
    // Saving goes on to /mentoring; the splat keeps that inside the test's one route.
    renderPage(<NeedsPage />, { path: '/mentoring/*', url: '/mentoring/needs' });

    const howMany = await screen.findByRole('combobox', {
      name: 'Hvor mange mentorer vil du ha samtidig?',
    });
    expect(howMany).toHaveValue('1');
    await userEvent.selectOptions(howMany, '2 mentorer');
    await userEvent.click(screen.getByRole('button', { name: 'Vis forslag' }));

    await vi.waitFor(() => expect(sent).toMatchObject({ maxMentorships: 2 }));
  });
});
