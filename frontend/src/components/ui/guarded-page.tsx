import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '@/lib/session';

/** What a route tells the app about its page (react-router's `handle`). */
export interface PageHandle {
  /** Only members may see the page: it waits for the session (RequireRole). */
  forMembers?: boolean;
}

/**
 * A route's `lazy` that loads a page and the role guard together and shows the page inside the
 * guard: a feature's pages (and what only they import, such as the charts library) load when
 * first visited. `also` loads alongside (the page's texts, say); its failure is ignored.
 */
export function guardedPage(
  roles: Role[],
  load: () => Promise<{ default: ComponentType }>,
  {
    readableOffline = false,
    also,
  }: { readableOffline?: boolean; also?: () => Promise<unknown> } = {},
): RouteObject['lazy'] {
  return async () => {
    const [{ default: Page }, { RequireRole }] = await Promise.all([
      load(),
      import('./require-role'),
      also?.().catch(() => undefined),
    ]);
    return {
      handle: { forMembers: true } satisfies PageHandle,
      Component: () => (
        <RequireRole roles={roles} readableOffline={readableOffline}>
          <Page />
        </RequireRole>
      ),
    };
  };
}
