import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Wraps a lazily loaded page in the role guard. */
function guarded(
  roles: ('ADVISOR' | 'COORDINATOR')[],
  load: () => Promise<{ default: React.ComponentType }>,
): RouteObject['lazy'] {
  return async () => {
    const [{ default: Page }, { RequireRole }] = await Promise.all([
      load(),
      import('@/components/ui/require-role'),
    ]);
    return {
      Component: () => (
        <RequireRole roles={roles}>
          <Page />
        </RequireRole>
      ),
    };
  };
}

/** Client routes of the groups feature; see docs/architecture.md for the URL plan. */
export const groupsRoutes: RouteObject[] = [
  {
    path: 'groups',
    lazy: guarded(['ADVISOR'], () =>
      import('./pages/groups-page').then((m) => ({ default: m.GroupsPage })),
    ),
  },
  {
    path: 'groups/new',
    lazy: guarded(['COORDINATOR'], () =>
      import('./pages/new-group-page').then((m) => ({ default: m.NewGroupPage })),
    ),
  },
  {
    path: 'groups/:id',
    lazy: guarded(['ADVISOR'], () =>
      import('./pages/group-page').then((m) => ({ default: m.GroupPage })),
    ),
  },
  {
    path: 'groups/:id/ask',
    lazy: guarded(['ADVISOR'], () =>
      import('./pages/ask-group-page').then((m) => ({ default: m.AskGroupPage })),
    ),
  },
];

/** Main-navigation entry of the groups feature (every active member). */
export const groupsNav: NavItem[] = [{ to: '/groups', labelKey: 'nav.groups', roles: ['ADVISOR'] }];
