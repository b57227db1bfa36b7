import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { SessionProvider, type Role } from '@/lib/session';
import { testSession } from './session';

/** Renders a page at a path, signed in with the given roles, with a fresh query cache. */
export function renderPage(
  element: ReactElement,
  { path = '/', url = '/', roles = ['ADVISOR'] as Role[], memberId = 1 } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path, element }], { initialEntries: [url] });
  const restore = async () =>
    testSession('test-token', {
      id: memberId,
      displayName: 'Test Testesen',
      email: 'test@ous-hf.no',
      roles,
    });
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider restore={restore}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
}

/** A JSON or problem+json answer for a stubbed fetch. */
export function answer(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
    },
  });
}

/** Stubs fetch with a handler per "METHOD path" (path without /api/v1 and query). */
export function stubApi(
  handlers: Record<string, (init?: RequestInit) => Response | Promise<Response>>,
) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname.replace('/api/v1', '')}`;
    const handler = handlers[key];
    if (!handler) return answer(404, { status: 404, code: 'not-found' });
    return handler(init);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
