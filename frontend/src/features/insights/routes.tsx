import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Wraps a lazily loaded page in the role guard; the charts library loads only with these pages. */
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

/** Client routes of the insights feature; see docs/architecture.md for the URL plan. */
export const insightsRoutes: RouteObject[] = [
  {
    path: 'insights',
    lazy: guarded(['COORDINATOR'], () =>
      import('./pages/health-page').then((m) => ({ default: m.HealthPage })),
    ),
  },
  {
    path: 'insights/radar',
    lazy: guarded(['COORDINATOR'], () =>
      import('./pages/radar-page').then((m) => ({ default: m.RadarPage })),
    ),
  },
  {
    path: 'insights/report',
    lazy: guarded(['ADVISOR'], () =>
      import('./pages/report-page').then((m) => ({ default: m.ReportPage })),
    ),
  },
];

/** Main-navigation entry of the insights feature (coordinators). */
export const insightsNav: NavItem[] = [
  { to: '/insights', labelKey: 'nav.insights', roles: ['COORDINATOR'] },
];
