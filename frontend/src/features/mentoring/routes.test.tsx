import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRouteQueryClient } from '@/lib/route-prefetch';
import { answer, stubApi } from '@/testing/render';
import { apiCalls, startRoutes } from '@/testing/routes';
import { initTestI18n } from '@/testing/test-i18n';
import type { MentorPage, Suggestions } from './api/types';
import { mentoringRoutes } from './routes';
import { noMentoringOptions } from './testing';

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
const options = noMentoringOptions;
const suggestions: Suggestions = { needsStated: false, items: [] };

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
    await startRoutes(mentoringRoutes, '/mentoring?hasCapacity=true&sort=name');
    expect(
      await screen.findByText('Solveig Mentor', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    const lists = apiCalls(fetch, '/mentors');
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
      expect(apiCalls(fetch, path), path).toHaveLength(1);
    }
  });

  it('starts those requests from the route, before the page has rendered', async () => {
    const fetch = stubApi({});
    // The router runs the route's loader as it starts; nothing renders the page here.
    await startRoutes(mentoringRoutes, '/mentoring?region=vest', false);
    await vi.waitFor(() => expect(apiCalls(fetch, '/mentors')).toHaveLength(1), {
      timeout: 10_000,
    });
    expect(apiCalls(fetch, '/mentors')[0]!.searchParams.get('region')).toBe('vest');
    for (const path of ['/mentoring-options', '/me/mentor-suggestions', '/me/question-offers']) {
      await vi.waitFor(() => expect(apiCalls(fetch, path), path).toHaveLength(1), {
        timeout: 10_000,
      });
    }
  });
});
