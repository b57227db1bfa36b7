import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Client routes of the mentoring feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const mentoringRoutes: RouteObject[] = [
  {
    path: 'mentoring',
    lazy: () => import('./pages/find-mentor-page').then((m) => ({ Component: m.FindMentorPage })),
  },
  {
    path: 'mentoring/needs',
    lazy: () => import('./pages/needs-page').then((m) => ({ Component: m.NeedsPage })),
  },
  {
    path: 'mentoring/mentors/:id',
    lazy: () => import('./pages/mentor-page').then((m) => ({ Component: m.MentorPage })),
  },
  {
    path: 'mentoring/mine',
    lazy: () => import('./pages/mine-page').then((m) => ({ Component: m.MinePage })),
  },
  {
    path: 'mentoring/questions',
    lazy: () => import('./pages/questions-page').then((m) => ({ Component: m.QuestionsPage })),
  },
  {
    path: 'mentoring/settings',
    lazy: () => import('./pages/settings-page').then((m) => ({ Component: m.SettingsPage })),
  },
  {
    path: 'mentoring/m/:id',
    lazy: () => import('./pages/mentorship-page').then((m) => ({ Component: m.MentorshipPage })),
  },
  {
    path: 'mentoring/cohort',
    lazy: () => import('./pages/cohort-page').then((m) => ({ Component: m.CohortPage })),
  },
  {
    path: 'mentoring/statistics',
    lazy: () => import('./pages/statistics-page').then((m) => ({ Component: m.StatisticsPage })),
  },
];

/** Main-navigation entries of the mentoring feature. */
export const mentoringNav: NavItem[] = [
  { to: '/mentoring', labelKey: 'nav.mentoring', roles: ['ADVISOR'] },
];
