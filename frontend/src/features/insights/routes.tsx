import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';
import { guardedPage } from '@/components/ui/guarded-page';

/** Client routes of the insights feature; see docs/architecture.md for the URL plan. */
export const insightsRoutes: RouteObject[] = [
  {
    path: 'insights',
    lazy: guardedPage(['COORDINATOR'], () =>
      import('./pages/health-page').then((m) => ({ default: m.HealthPage })),
    ),
  },
  {
    path: 'insights/radar',
    lazy: guardedPage(['COORDINATOR'], () =>
      import('./pages/radar-page').then((m) => ({ default: m.RadarPage })),
    ),
  },
  {
    path: 'insights/report',
    lazy: guardedPage(['ADVISOR'], () =>
      import('./pages/report-page').then((m) => ({ default: m.ReportPage })),
    ),
  },
];

/** Main-navigation entry of the insights feature (coordinators). */
export const insightsNav: NavItem[] = [
  { to: '/insights', labelKey: 'nav.insights', roles: ['COORDINATOR'] },
];
