import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';
import { guardedPage } from '@/components/ui/guarded-page';

/** Client routes of the groups feature; see docs/architecture.md for the URL plan. */
export const groupsRoutes: RouteObject[] = [
  {
    path: 'groups',
    lazy: guardedPage(['ADVISOR'], () =>
      import('./pages/groups-page').then((m) => ({ default: m.GroupsPage })),
    ),
  },
  {
    path: 'groups/new',
    lazy: guardedPage(['COORDINATOR'], () =>
      import('./pages/new-group-page').then((m) => ({ default: m.NewGroupPage })),
    ),
  },
  {
    path: 'groups/:id',
    lazy: guardedPage(['ADVISOR'], () =>
      import('./pages/group-page').then((m) => ({ default: m.GroupPage })),
    ),
  },
  {
    path: 'groups/:id/ask',
    lazy: guardedPage(['ADVISOR'], () =>
      import('./pages/ask-group-page').then((m) => ({ default: m.AskGroupPage })),
    ),
  },
];

/** Main-navigation entry of the groups feature (every active member). */
export const groupsNav: NavItem[] = [{ to: '/groups', labelKey: 'nav.groups', roles: ['ADVISOR'] }];
