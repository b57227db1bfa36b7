import { lazy, Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from '@/components/ui/app-shell';
import { AskLink } from '@/components/ui/ask-link';
import { RouteError } from '@/components/ui/route-error';
import { SlotsProvider, type FeatureSlots, type FollowSlotProps } from '@/components/ui/slots';
import { AccountMenu } from '@/features/accounts/components/account-menu';
import { OutboxNotice } from '@/features/forum/components/outbox-notice';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { MemberSearch } from '@/features/search/components/member-search';
import { setRouteQueryClient } from '@/lib/route-prefetch';
import { RelatedTopics, SimilarTopics } from '@/features/search/components/similar-topics';
import { mainNav } from './nav';
import { pageRoutes } from './page-routes';

/**
 * All client routes. Paths are English and the same in both languages, so a shared link works
 * whatever language the reader has chosen. Feature routes are added here, lazily loaded.
 */
// Loaded with the first search that offers to follow: not part of the first page.
const FollowButton = lazy(() =>
  import('@/features/forum/components/follow').then((m) => ({
    default: (p: FollowSlotProps) =>
      'tag' in p ? <m.FollowTag name={p.tag} /> : <m.FollowCategory slug={p.category} />,
  })),
);

const slots: FeatureSlots = {
  similarTopics: (p) => <SimilarTopics {...p} />,
  relatedTopics: (p) => <RelatedTopics {...p} />,
  follow: (p) => (
    <Suspense fallback={null}>
      <FollowButton {...p} />
    </Suspense>
  ),
};

export const routes: RouteObject[] = [
  {
    element: (
      <SlotsProvider value={slots}>
        <AppShell
          nav={mainNav}
          headerEnd={
            <>
              <NotificationBell />
              <AccountMenu />
            </>
          }
          primaryAction={<AskLink />}
          search={<MemberSearch />}
          notices={<OutboxNotice />}
        />
      </SlotsProvider>
    ),
    errorElement: <RouteError />,
    children: pageRoutes,
  },
];

/** The router; route loaders start their pages' data in `queryClient` (ADR 0021). */
export function createAppRouter(queryClient: QueryClient) {
  setRouteQueryClient(queryClient);
  return createBrowserRouter(routes);
}
