import type { RouteObject } from 'react-router';

/** Wraps a lazily loaded page in the role guard. */
function guarded(load: () => Promise<{ default: React.ComponentType }>): RouteObject['lazy'] {
  return async () => {
    const [{ default: Page }, { RequireRole }] = await Promise.all([
      load(),
      import('@/components/ui/require-role'),
    ]);
    return {
      Component: () => (
        <RequireRole roles={['ADVISOR']}>
          <Page />
        </RequireRole>
      ),
    };
  };
}

/** Client routes of the notifications feature; see docs/architecture.md for the URL plan. */
export const notificationsRoutes: RouteObject[] = [
  {
    path: 'notifications',
    lazy: guarded(() =>
      import('./pages/notifications-page').then((m) => ({ default: m.NotificationsPage })),
    ),
  },
  {
    path: 'notifications/settings',
    lazy: guarded(() =>
      import('./pages/notification-settings-page').then((m) => ({
        default: m.NotificationSettingsPage,
      })),
    ),
  },
  {
    // Opened from a mail; no sign-in needed.
    path: 'unsubscribe',
    lazy: () => import('./pages/unsubscribe-page').then((m) => ({ Component: m.UnsubscribePage })),
  },
];
