import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRouteQueryClient } from '@/lib/route-prefetch';
import { answer, stubApi } from '@/testing/render';
import { apiCalls, startRoutes } from '@/testing/routes';
import { initTestI18n } from '@/testing/test-i18n';
import { forumRoutes } from './routes';

const topics = {
  items: [
    {
      id: 11,
      title: 'Skanning av papirjournal',
      kind: 'QUESTION',
      categorySlug: 'journal',
      categoryName: 'Journal',
      authorName: 'Kari',
      replyCount: 0,
      solved: false,
      lastActivityAt: '2026-12-01T10:00:00Z',
      createdAt: '2026-12-01T10:00:00Z',
      tags: [],
      systems: [],
    },
  ],
  page: 1,
  size: 30,
  totalItems: 1,
  totalPages: 1,
};

// The list pages' route loaders start the page's requests while its code loads (ADR 0021): the
// page must find them (same keys), not ask a second time.
describe('forum list routes', () => {
  beforeEach(() => initTestI18n('nb'));
  afterEach(() => setRouteQueryClient(null));

  it("fetch the list of the URL's filters, the categories and the filter choices once", async () => {
    const fetch = stubApi({
      'GET /topics': () => answer(200, topics),
      'GET /categories': () => answer(200, []),
      'GET /topic-vocabularies': () =>
        answer(200, { kinds: [], systems: [], workplaceTypes: [], audiences: [], formats: [] }),
    });
    await startRoutes(forumRoutes, '/questions?sort=oldest&page=2');
    expect(
      await screen.findByText('Skanning av papirjournal', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    const lists = apiCalls(fetch, '/topics');
    expect(lists).toHaveLength(1);
    // The page's defaults (unanswered questions) under the URL's sort and page.
    expect(Object.fromEntries(lists[0]!.searchParams)).toEqual({
      kind: 'question',
      unanswered: 'true',
      sort: 'oldest',
      page: '1',
      size: '30',
    });
    expect(apiCalls(fetch, '/categories')).toHaveLength(1);
    expect(apiCalls(fetch, '/topic-vocabularies')).toHaveLength(1);
  });

  it('starts those requests from the route, before the page has rendered', async () => {
    const fetch = stubApi({});
    // The router runs the route's loader as it starts; nothing renders the page here.
    await startRoutes(forumRoutes, '/forum?kind=story', false);
    await vi.waitFor(() => expect(apiCalls(fetch, '/topics')).toHaveLength(1), { timeout: 10_000 });
    expect(apiCalls(fetch, '/topics')[0]!.searchParams.get('kind')).toBe('story');
    await vi.waitFor(() => expect(apiCalls(fetch, '/categories')).toHaveLength(1), {
      timeout: 10_000,
    });
    await vi.waitFor(() => expect(apiCalls(fetch, '/topic-vocabularies')).toHaveLength(1), {
      timeout: 10_000,
    });
  });
});
