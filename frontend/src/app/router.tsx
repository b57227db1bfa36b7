import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from '@/components/ui/app-shell';
import { AskLink } from '@/components/ui/ask-link';
import { RouteError } from '@/components/ui/route-error';
import { AccountMenu } from '@/features/accounts/components/account-menu';
import { accountsRoutes } from '@/features/accounts/routes';
import { forumRoutes } from '@/features/forum/routes';
import { groupsRoutes } from '@/features/groups/routes';
import { insightsRoutes } from '@/features/insights/routes';
import { mentoringRoutes } from '@/features/mentoring/routes';
import { moderationRoutes } from '@/features/moderation/routes';
import { profilesRoutes } from '@/features/profiles/routes';
import { mainNav } from './nav';

/**
 * All client routes. Paths are English and the same in both languages, so a shared link works
 * whatever language the reader has chosen. Feature routes are added here, lazily loaded.
 */
export const routes: RouteObject[] = [
  {
    element: <AppShell nav={mainNav} headerEnd={<AccountMenu />} primaryAction={<AskLink />} />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: () => import('./routes/home').then((m) => ({ Component: m.HomePage })) },
      {
        path: 'about',
        lazy: () => import('./routes/about').then((m) => ({ Component: m.AboutPage })),
      },
      ...accountsRoutes,
      ...profilesRoutes,
      ...forumRoutes,
      ...moderationRoutes,
      ...mentoringRoutes,
      ...groupsRoutes,
      ...insightsRoutes,
      {
        path: '*',
        lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
