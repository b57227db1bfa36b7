import type { RouteObject } from 'react-router';
import { accountsRoutes } from '@/features/accounts/routes';
import { forumRoutes } from '@/features/forum/routes';
import { groupsRoutes } from '@/features/groups/routes';
import { insightsRoutes } from '@/features/insights/routes';
import { mentoringRoutes } from '@/features/mentoring/routes';
import { moderationRoutes } from '@/features/moderation/routes';
import { notificationsRoutes } from '@/features/notifications/routes';
import { profilesRoutes } from '@/features/profiles/routes';
import { searchRoutes } from '@/features/search/routes';

/**
 * Every page of the app (the router's children; lazily loaded). The end-to-end layout check walks
 * this same list, so a new page is checked for overflow at 360 px the day it is added.
 */
export const pageRoutes: RouteObject[] = [
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
  ...notificationsRoutes,
  ...searchRoutes,
  {
    path: '*',
    lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundPage })),
  },
];
