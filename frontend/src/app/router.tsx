import { lazy, Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, useMatches, type RouteObject } from 'react-router';
import { AppShell, BareShell } from '@/components/ui/app-shell';
import { AskLink } from '@/components/ui/ask-link';
import type { PageHandle } from '@/components/ui/guarded-page';
import { RouteError } from '@/components/ui/route-error';
import { SlotsProvider, type FeatureSlots, type FollowSlotProps } from '@/components/ui/slots';
import { AccountMenu } from '@/features/accounts/components/account-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { MemberSearch } from '@/features/search/components/member-search';
import { setRouteQueryClient } from '@/lib/route-prefetch';
import { useSession } from '@/lib/session';
import { useAfterMainContent } from '@/lib/use-after-main-content';
import { useOnlineStatus } from '@/lib/use-online-status';
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

// Shown only in the topic form and at a topic's foot, both after what the member came for.
const SimilarTopics = lazy(() =>
  import('@/features/search/components/similar-topics').then((m) => ({
    default: m.SimilarTopics,
  })),
);
const RelatedTopics = lazy(() =>
  import('@/features/search/components/similar-topics').then((m) => ({
    default: m.RelatedTopics,
  })),
);

// A member's waiting posts (ADR 0025): sent from every page, so loaded on every page, but after
// the page's own content, and not for a guest (signing out forgets the outbox). Offline the
// session stays unknown, and what waits is shown then too.
const OutboxNotice = lazy(() =>
  import('@/features/forum/components/outbox-notice').then((m) => ({ default: m.OutboxNotice })),
);

function MemberOutbox() {
  const { status } = useSession();
  const ready = useAfterMainContent(status !== 'anonymous');
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <OutboxNotice />
    </Suspense>
  );
}

const slots: FeatureSlots = {
  similarTopics: (p) => (
    <Suspense fallback={null}>
      <SimilarTopics {...p} />
    </Suspense>
  ),
  relatedTopics: (p) => (
    <Suspense fallback={null}>
      <RelatedTopics {...p} />
    </Suspense>
  ),
  follow: (p) => (
    <Suspense fallback={null}>
      <FollowButton {...p} />
    </Suspense>
  ),
};

/**
 * The header, the menu, the footer and the page. On the first load the router renders nothing of
 * its routes until the page's code (its `lazy`) has come — on Slow 4G a second or more after the
 * app's own code. Meanwhile the same shell is drawn as the root route's fallback (`firstLoad`),
 * with a skeleton for the page, as soon as a member's session is known: not before, because the
 * header of a signed-in member has more in it than a guest's, and drawing the guest's first would
 * move the page when the session came (ADR 0026); and not for guests, whose pages' code is small
 * (measured: the landing page's blocking time grew with the extra render). It is the same component in both places, so React
 * keeps the header when the page arrives.
 */
function Shell({ firstLoad = false }: { firstLoad?: boolean }) {
  const { status } = useSession();
  const online = useOnlineStatus();
  const forMembers = useMatches().some((m) => (m.handle as PageHandle | undefined)?.forMembers);
  if (firstLoad && status !== 'signed-in') return null;
  // A members' page whose code came before the session (a slow refresh): a guest's header with a
  // skeleton would grow into a member's and push the page down when the session came (a layout
  // shift of 0.32 in one loaded CI run). Until then only index.html's bar, which stays in place.
  // Offline the session stays unknown, and a kept page is shown (RequireRole).
  if (!firstLoad && status === 'loading' && online && forMembers) return <BareShell />;
  return (
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
        notices={<MemberOutbox />}
        pageLoading={firstLoad}
      />
    </SlotsProvider>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    hydrateFallbackElement: <Shell firstLoad />,
    errorElement: <RouteError />,
    children: pageRoutes,
  },
];

/** The router; route loaders start their pages' data in `queryClient` (ADR 0021). */
export function createAppRouter(queryClient: QueryClient) {
  setRouteQueryClient(queryClient);
  return createBrowserRouter(routes);
}
