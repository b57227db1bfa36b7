import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { MentoringOptions } from '../api/types';
import { answer, renderPage, stubApi } from '@/testing/render';
import { SettingsPage } from './settings-page';

const term = (id: number, kind: string, code: string, nameNb: string) => ({
  id,
  kind,
  code,
  nameNb,
  nameEn: nameNb,
});

const options: MentoringOptions = {
  systems: [term(1, 'SYSTEM', 'dips-arena', 'DIPS Arena')],
  topics: [term(2, 'EXPERTISE', 'training', 'Opplæring')],
  workplaceTypes: [term(3, 'WORKPLACE_TYPE', 'nursing-home', 'Sykehjem')],
  regions: [term(4, 'REGION', 'helse-vest', 'Helse Vest')],
  backgrounds: [],
  languages: [term(5, 'LANGUAGE', 'nb', 'Norsk'), term(6, 'LANGUAGE', 'en', 'Engelsk')],
};

describe('SettingsPage', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('checks capacity and languages before opting in, then sends the profile', async () => {
    const fetch = stubApi({
      'GET /me/mentor-profile': () => new Response(null, { status: 204 }),
      'GET /mentoring-options': () => answer(200, options),
      'PUT /me/mentor-profile': (init) =>
        answer(200, {
          ...JSON.parse(String(init?.body)),
          memberId: 1,
          systems: [options.systems[0]],
          topics: [],
          workplaceTypes: [],
          regions: [],
          languages: [options.languages[1]],
          activeMentees: 0,
          createdAt: '2026-03-01T10:00:00Z',
          updatedAt: '2026-03-01T10:00:00Z',
        }),
    });
    renderPage(<SettingsPage />, { path: '/mentoring/settings', url: '/mentoring/settings' });

    const languages = await screen.findByRole('group', { name: 'Språk du kan være mentor på' });
    await userEvent.click(within(languages).getByRole('checkbox', { name: 'Norsk' }));
    const capacity = screen.getByLabelText('Hvor mange mentees kan du ha samtidig?');
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '25');
    await userEvent.click(screen.getByRole('button', { name: 'Bli mentor' }));

    expect(await screen.findByText('Skriv et tall fra 1 til 20.')).toBeVisible();
    expect(screen.getByText('Velg minst ett språk du kan være mentor på.')).toBeVisible();

    await userEvent.clear(capacity);
    await userEvent.type(capacity, '3');
    await userEvent.click(within(languages).getByRole('checkbox', { name: 'Engelsk' }));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Systemer du kan hjelpe med' })).getByRole(
        'checkbox',
        { name: 'DIPS Arena' },
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Bli mentor' }));

    expect(await screen.findByText('Du er nå mentor. Takk!')).toBeVisible();
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({
      systemIds: [1],
      languageIds: [6],
      capacity: 3,
      contactMode: 'MESSAGES',
      paused: false,
    });
  });
});
