import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '@/lib/session';

/** What a route tells the app about its page (react-router's `handle`). */
export interface PageHandle {
  /** Only members may see the page: it waits for the session (RequireRole). */
  forMembers?: boolean;
}

/**
 * The `handle` of a route whose page guards itself with RequireRole (not through guardedPage):
 * until the session is known, the app draws only the header's bar for it, not a guest's header
 * that grows into a member's and pushes the page down when the session comes (router.tsx Shell,
 * ADR 0026; the mentor page shifted by 60 px, CLS 0.08, when its code came before the session).
 */
export const membersPage: PageHandle = { forMembers: true };

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
