import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';
import { guardedPage } from '@/components/ui/guarded-page';
import { loadTexts } from '@/lib/with-texts';

const member = ['ADVISOR'] as const;

/** A lazily loaded forum page in the member guard, with the forum's texts loaded alongside. */
function page(
  load: () => Promise<{ default: React.ComponentType }>,
  roles: readonly ('ADVISOR' | 'COORDINATOR')[] = member,
  readableOffline = false,
): RouteObject['lazy'] {
  return guardedPage([...roles], load, {
    readableOffline,
    // The page's texts come with its code, not after its first render (one wait less).
    also: () => loadTexts('forum'),
  });
}

const lists = () => import('./pages/list-pages');

/**
 * Starts fetching the topic as soon as the access token is there, while the page's code loads and
 * the shell renders (ADR 0021); the page reads the same query. Returns at once: the navigation
 * never waits for it.
 */
function topicLoader({ params, request }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (Number.isFinite(id)) {
    // Imported here, not at the top: this list of routes is also read outside the browser (the
    // every-route end-to-end spec), where the app's i18n set-up cannot load. Both modules are in
    // the first-load bundle already, so this waits for nothing.
    void Promise.all([import('@/lib/route-prefetch'), import('./api/topic-query')]).then(
      ([{ prefetchForMember }, { topicPageArgs, topicPageQuery }]) => {
        const { page, post } = topicPageArgs(new URL(request.url).searchParams);
        prefetchForMember(topicPageQuery(id, page, post), [...member]);
      },
    );
  }
  return null;
}

/**
 * Starts fetching a list page's topics, categories and filter choices as soon as the access token
 * is there, while the page's code loads (ADR 0021); the page reads the same queries. Returns at
 * once: the navigation never waits for it.
 */
function listLoader(which: 'latest' | 'questions' | 'stories' | 'training') {
  return ({ request }: LoaderFunctionArgs) => {
    // Imported here, not at the top, as in topicLoader.
    void Promise.all([import('@/lib/route-prefetch'), import('./api/list-query')]).then(
      ([{ prefetchForMember }, q]) => {
        const query = q.listQueryFromParams(
          new URL(request.url).searchParams,
          q.listDefaults[which],
        );
        prefetchForMember(q.topicListQuery({ ...query, size: q.listPageSize }), [...member]);
        prefetchForMember(q.categoriesQuery(), [...member]);
        prefetchForMember(q.vocabulariesQuery(), [...member]);
      },
    );
    return null;
  };
}

/** Client routes of the forum feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const forumRoutes: RouteObject[] = [
  {
    path: 'forum',
    loader: listLoader('latest'),
    lazy: page(() => lists().then((m) => ({ default: m.LatestPage }))),
  },
  { path: 'forum/c/:slug', lazy: page(() => lists().then((m) => ({ default: m.CategoryPage }))) },
  {
    path: 'forum/t/:id',
    loader: topicLoader,
    // Kept topics are readable offline before the session is back (ADR 0025).
    lazy: page(
      () => import('./pages/topic-page').then((m) => ({ default: m.TopicPage })),
      member,
      true,
    ),
  },
  {
    path: 'forum/new',
    lazy: page(() => import('./pages/new-topic-page').then((m) => ({ default: m.NewTopicPage }))),
  },
  {
    path: 'questions',
    loader: listLoader('questions'),
    lazy: page(() => lists().then((m) => ({ default: m.QuestionsPage }))),
  },
  {
    path: 'stories',
    loader: listLoader('stories'),
    lazy: page(() => lists().then((m) => ({ default: m.StoriesPage }))),
  },
  {
    path: 'training',
    loader: listLoader('training'),
    lazy: page(() => lists().then((m) => ({ default: m.TrainingPage }))),
  },
  {
    path: 'moderation/categories',
    lazy: page(
      () => import('./pages/curation-page').then((m) => ({ default: m.CurationPage })),
      ['COORDINATOR'],
    ),
  },
  { path: 'bookmarks', lazy: page(() => lists().then((m) => ({ default: m.BookmarksPage }))) },
];

/** Main-navigation entries of the forum feature. */
export const forumNav: NavItem[] = [
  { to: '/forum', labelKey: 'nav.forum', roles: ['ADVISOR'] },
  { to: '/questions', labelKey: 'nav.questions', roles: ['ADVISOR'] },
  { to: '/stories', labelKey: 'nav.stories', roles: ['ADVISOR'] },
  { to: '/training', labelKey: 'nav.training', roles: ['ADVISOR'] },
];
