import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRouteQueryClient } from '@/lib/route-prefetch';
import { SessionProvider } from '@/lib/session';
import { answer, stubApi } from '@/testing/render';
import { testSession } from '@/testing/session';
import { initTestI18n } from '@/testing/test-i18n';
import type { MentoringOptions, MentorPage, Suggestions } from './api/types';
import { mentoringRoutes } from './routes';

const mentors: MentorPage = {
  items: [
    {
      id: 4,
      displayName: 'Solveig Mentor',
      background: null,
      systems: [],
      topics: [],
      workplaceTypes: [],
      regions: [],
      languages: [],
      availability: [],
      contactMode: 'VIDEO',
      capacity: 2,
      activeMentees: 0,
      freePlaces: 2,
      paused: false,
    },
  ],
  page: 0,
  size: 10,
  totalItems: 1,
  totalPages: 1,
};
const options: MentoringOptions = {
  systems: [],
  topics: [],
  workplaceTypes: [],
  regions: [],
  backgrounds: [],
  languages: [],
};
const suggestions: Suggestions = { needsStated: false, items: [] };

function calls(fetch: ReturnType<typeof stubApi>, path: string) {
  return fetch.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === `/api/v1${path}`);
}

// The find-a-mentor page's route loader starts its requests while the page's code loads (ADR
// 0021): the page's parts must find them (same keys), not ask a second time.
describe('find-a-mentor route', () => {
  beforeEach(() => initTestI18n('nb'));
  afterEach(() => setRouteQueryClient(null));

  it("fetches the directory of the URL's filters and the page's other parts once", async () => {
    const fetch = stubApi({
      'GET /mentors': () => answer(200, mentors),
      'GET /mentoring-options': () => answer(200, options),
      'GET /me/mentor-suggestions': () => answer(200, suggestions),
      'GET /me/question-offers': () => answer(200, []),
      'GET /me/mentor-profile': () => new Response(null, { status: 204 }),
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    setRouteQueryClient(client);
    const router = createMemoryRouter(mentoringRoutes, {
      initialEntries: ['/mentoring?hasCapacity=true&sort=name'],
    });
    render(
      <QueryClientProvider client={client}>
        <SessionProvider restore={async () => testSession('token')}>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>,
    );
    expect(
      await screen.findByText('Solveig Mentor', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    const lists = calls(fetch, '/mentors');
    expect(lists).toHaveLength(1);
    expect(Object.fromEntries(lists[0]!.searchParams)).toEqual({
      hasCapacity: 'true',
      sort: 'name',
      page: '0',
      size: '10',
    });
    for (const path of [
      '/mentoring-options',
      '/me/mentor-suggestions',
      '/me/question-offers',
      '/me/mentor-profile',
    ]) {
      expect(calls(fetch, path), path).toHaveLength(1);
    }
  });

  it('starts those requests from the route, before the page has rendered', async () => {
    const fetch = stubApi({});
    setRouteQueryClient(new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    // The router runs the route's loader as it starts; nothing renders the page here.
    createMemoryRouter(mentoringRoutes, { initialEntries: ['/mentoring?region=vest'] });
    render(
      <SessionProvider restore={async () => testSession('token')}>
        <p>side</p>
      </SessionProvider>,
    );
    await act(async () => {});
    await vi.waitFor(() => expect(calls(fetch, '/mentors')).toHaveLength(1), { timeout: 10_000 });
    expect(calls(fetch, '/mentors')[0]!.searchParams.get('region')).toBe('vest');
    for (const path of ['/mentoring-options', '/me/mentor-suggestions', '/me/question-offers']) {
      await vi.waitFor(() => expect(calls(fetch, path), path).toHaveLength(1), { timeout: 10_000 });
    }
  });
});
