import { api } from '@/lib/api-client';
import { forumKeys } from './keys';
import type { TopicPage } from './types';

/** Which page of a topic a URL asks for: `?post=` (the page holding that post) or `?page=` (1-based). */
export function topicPageArgs(search: URLSearchParams) {
  const postParam = search.get('post');
  const pageParam = search.get('page');
  return {
    post: postParam ? Number(postParam) : null,
    page: pageParam ? Math.max(0, Number(pageParam) - 1) : 0,
  };
}

/**
 * One page of a topic, as the topic page reads it and its route loader starts it (ADR 0021): one
 * key and one function for both, so the page finds the loader's request instead of making its own.
 * Kept apart from topics.ts because the router (first-load bundle) imports it.
 */
export function topicPageQuery(id: number, page: number | null, post: number | null) {
  return {
    queryKey: forumKeys.topic(id, post != null ? 'post' : (page ?? 0), post ?? undefined),
    queryFn: async () => {
      const read = await api.get<TopicPage>(`/topics/${id}`, {
        query: post != null ? { post } : { page: page ?? 0 },
      });
      // Kept for reading offline like every page the member reads (ADR 0025); the keeping code
      // comes with the topic page, not in the first load.
      void import('../lib/kept-topics').then((k) =>
        k.keepTopicPage(id, k.topicVariant(page, post), read),
      );
      return read;
    },
  };
}
