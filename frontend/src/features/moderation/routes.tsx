import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';
import { guardedPage } from '@/components/ui/guarded-page';

/** Client routes of the moderation feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const moderationRoutes: RouteObject[] = [
  {
    path: 'moderation/queue',
    lazy: guardedPage(['COORDINATOR'], () =>
      import('./pages/queue-page').then((m) => ({ default: m.QueuePage })),
    ),
  },
  {
    path: 'moderation/audit',
    lazy: guardedPage(['COORDINATOR'], () =>
      import('./pages/audit-page').then((m) => ({ default: m.AuditPage })),
    ),
  },
];

/**
 * Main-navigation entry of the coordinators' pages (one: the pages link to each other through
 * CoordinatorNav); it is current on every page under /moderation.
 */
export const moderationNav: NavItem[] = [
  {
    to: '/moderation/queue',
    labelKey: 'nav.moderation',
    roles: ['COORDINATOR'],
    section: '/moderation/',
  },
];
