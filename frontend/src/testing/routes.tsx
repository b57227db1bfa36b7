import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { setRouteQueryClient } from '@/lib/route-prefetch';
import { SessionProvider } from '@/lib/session';
import type { stubApi } from './render';
import { testSession } from './session';

/** The requests a stubbed fetch got for an API path (without /api/v1), as URLs. */
export function apiCalls(fetch: ReturnType<typeof stubApi>, path: string) {
  return fetch.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === `/api/v1${path}`);
}

/**
 * A feature's routes at a URL as the app has them (route loaders with the app's query client),
 * signed in as an advisor: `rendered` draws the pages; without it only the router runs (its
 * loaders), beside a session that becomes known.
 */
export async function startRoutes(routes: RouteObject[], url: string, rendered = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  setRouteQueryClient(client);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <QueryClientProvider client={client}>
      <SessionProvider restore={async () => testSession('token')}>
        {rendered ? <RouterProvider router={router} /> : <p>side</p>}
      </SessionProvider>
    </QueryClientProvider>,
  );
  await act(async () => {});
  return router;
}
