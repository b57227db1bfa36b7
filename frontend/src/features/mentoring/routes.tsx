import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';
import { withTexts } from '@/lib/with-texts';
import { membersPage } from '@/components/ui/guarded-page';

/**
 * Starts fetching what the find-a-mentor page shows (the directory, its filters' choices, the
 * suggestions and the side cards) as soon as the access token is there, while the page's code
 * loads (ADR 0021); the page's parts read the same queries. Returns at once: the navigation never
 * waits for it.
 */
function findMentorLoader({ request }: LoaderFunctionArgs) {
  // Imported here, not at the top: this list of routes is also read outside the browser (the
  // every-route end-to-end spec), where the app's i18n set-up cannot load.
  void Promise.all([import('@/lib/route-prefetch'), import('./api/find-queries')]).then(
    ([{ prefetchForMember }, q]) => {
      const advisor = ['ADVISOR' as const];
      const query = q.directoryQueryFromParams(new URL(request.url).searchParams);
      prefetchForMember(q.mentorListQuery(query), advisor);
      prefetchForMember(q.mentoringOptionsQuery(), advisor);
      prefetchForMember(q.suggestionsQuery(q.suggestionCount), advisor);
      prefetchForMember(q.questionOffersQuery(), advisor);
      prefetchForMember(q.myMentorProfileQuery(), advisor);
    },
  );
  return null;
}

/** Client routes of the mentoring feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const mentoringRoutes: RouteObject[] = [
  {
    path: 'mentoring',
    handle: membersPage,
    loader: findMentorLoader,
    lazy: withTexts('mentoring', () =>
      import('./pages/find-mentor-page').then((m) => ({ Component: m.FindMentorPage })),
    ),
  },
  {
    path: 'mentoring/needs',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/needs-page').then((m) => ({ Component: m.NeedsPage })),
    ),
  },
  {
    path: 'mentoring/mentors/:id',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/mentor-page').then((m) => ({ Component: m.MentorPage })),
    ),
  },
  {
    path: 'mentoring/mine',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/mine-page').then((m) => ({ Component: m.MinePage })),
    ),
  },
  {
    path: 'mentoring/questions',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/questions-page').then((m) => ({ Component: m.QuestionsPage })),
    ),
  },
  {
    path: 'mentoring/settings',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/settings-page').then((m) => ({ Component: m.SettingsPage })),
    ),
  },
  {
    path: 'mentoring/m/:id',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/mentorship-page').then((m) => ({ Component: m.MentorshipPage })),
    ),
  },
  {
    path: 'mentoring/cohort',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/cohort-page').then((m) => ({ Component: m.CohortPage })),
    ),
  },
  {
    path: 'mentoring/statistics',
    handle: membersPage,
    lazy: withTexts('mentoring', () =>
      import('./pages/statistics-page').then((m) => ({ Component: m.StatisticsPage })),
    ),
  },
];

/** Main-navigation entries of the mentoring feature. */
export const mentoringNav: NavItem[] = [
  { to: '/mentoring', labelKey: 'nav.mentoring', roles: ['ADVISOR'] },
];
