import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from '@/components/ui/app-shell';
import { AskLink } from '@/components/ui/ask-link';
import { RouteError } from '@/components/ui/route-error';
import { AccountMenu } from '@/features/accounts/components/account-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { mainNav } from './nav';
import { pageRoutes } from './page-routes';

/**
 * All client routes. Paths are English and the same in both languages, so a shared link works
 * whatever language the reader has chosen. Feature routes are added here, lazily loaded.
 */
export const routes: RouteObject[] = [
  {
    element: (
      <AppShell
        nav={mainNav}
        headerEnd={
          <>
            <NotificationBell />
            <AccountMenu />
          </>
        }
        primaryAction={<AskLink />}
      />
    ),
    errorElement: <RouteError />,
    children: pageRoutes,
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
