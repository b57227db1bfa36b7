import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { hasRole, whenSessionKnown, type Role } from './session';

let client: QueryClient | null = null;

/** The app's query client, for route loaders (src/app/app.tsx sets it with the router). */
export function setRouteQueryClient(queryClient: QueryClient | null) {
  client = queryClient;
}

/**
 * Starts a page's data request from its route loader, before the page's code has rendered (ADR
 * 0021): on a slow phone the request then travels while the route, the header and the page are
 * still being drawn, instead of after them. It waits until the session is known (the access token
 * is there) and asks only for a member with one of `roles` — what the page's guard lets in — so
 * a guest or a waiting member does not fetch what they will not see. The page reads the same
 * query (same key and function), which joins the request in flight or finds its answer in the
 * cache. Never throws and never delays the navigation: a failure is the page's to show when it
 * asks again.
 */
export function prefetchForMember<T, K extends QueryKey>(
  options: FetchQueryOptions<T, Error, T, K>,
  roles: Role[],
) {
  const queryClient = client;
  if (!queryClient) return;
  void whenSessionKnown().then((member) => {
    if (hasRole(member, ...roles)) void queryClient.prefetchQuery(options);
  });
}
