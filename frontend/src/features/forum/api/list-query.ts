import { api } from '@/lib/api-client';
import { forumKeys } from './keys';
import type { Category, TopicSummaryPage, Vocabularies } from './types';

/** Filters of a topic list, exactly as they appear in the page URL (client-only: query parameters). */
export interface TopicListQuery {
  category?: string;
  kind?: string;
  solved?: string;
  unanswered?: string;
  tag?: string;
  system?: string[];
  mySystems?: string;
  workplaceType?: string;
  audience?: string;
  format?: string;
  sort?: string;
  page?: number;
  size?: number;
}

/** Topics a list page shows at a time. */
export const listPageSize = 30;

/** What each list page filters by before the member chooses anything. */
export const listDefaults = {
  latest: {},
  questions: { kind: 'question', unanswered: 'true', sort: 'newest' },
  stories: { kind: 'story' },
  training: { kind: 'training' },
} satisfies Record<string, TopicListQuery>;

/** The list query of a page's URL: the URL's filters over the page's defaults. */
export function listQueryFromParams(
  params: URLSearchParams,
  defaults: TopicListQuery = {},
): TopicListQuery {
  return {
    ...defaults,
    sort: params.get('sort') ?? defaults.sort,
    kind: params.get('kind') ?? defaults.kind,
    solved: params.get('solved') ?? defaults.solved,
    unanswered: params.get('unanswered') ?? defaults.unanswered,
    tag: params.get('tag') ?? undefined,
    system: params.getAll('system').length ? params.getAll('system') : defaults.system,
    mySystems: params.get('mySystems') ?? defaults.mySystems,
    workplaceType: params.get('workplaceType') ?? undefined,
    audience: params.get('audience') ?? undefined,
    format: params.get('format') ?? undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
  };
}

/**
 * A topic list, as the list pages read it and their route loaders start it (ADR 0021): one key
 * and one function for both, so the page finds the loader's request instead of making its own.
 * Kept apart from topics.ts (and its writing code) so that a loader loads little.
 */
export function topicListQuery(query: TopicListQuery) {
  return {
    queryKey: forumKeys.list(query as Record<string, unknown>),
    queryFn: () => api.get<TopicSummaryPage>('/topics', { query: { ...query } }),
  };
}

/** The forum's categories (beside every list). */
export function categoriesQuery() {
  return {
    queryKey: forumKeys.categories(),
    queryFn: () => api.get<Category[]>('/categories'),
    staleTime: 60_000,
  };
}

/** The filters' choices (kinds, systems, workplace types, ...). */
export function vocabulariesQuery() {
  return {
    queryKey: forumKeys.vocabularies(),
    queryFn: () => api.get<Vocabularies>('/topic-vocabularies'),
    staleTime: 5 * 60_000,
  };
}
