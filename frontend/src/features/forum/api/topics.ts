import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getAccessToken, NetworkError } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';
import { keepTopicPage, keptTopicPage, topicVariant } from '../lib/kept-topics';
import { forumKeys } from './keys';
import {
  categoriesQuery,
  topicListQuery,
  vocabulariesQuery,
  type TopicListQuery,
} from './list-query';
import { topicPageQuery } from './topic-query';
import type {
  Category,
  CreatedView,
  CreateTopicRequest,
  PostSource,
  Revision,
  TopicPage,
  TopicSummaryPage,
} from './types';

export type { TopicListQuery } from './list-query';

export function useCategories() {
  return useQuery(categoriesQuery());
}

export function useCategory(slug: string) {
  return useQuery({
    queryKey: forumKeys.category(slug),
    queryFn: () => api.get<Category>(`/categories/${encodeURIComponent(slug)}`),
  });
}

export function useTopicList(query: TopicListQuery) {
  // A few seconds fresh: the page does not ask again for the list its route loader just fetched.
  return useQuery({
    ...topicListQuery(query),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function useBookmarks(page: number) {
  return useQuery({
    queryKey: forumKeys.bookmarks(page),
    queryFn: () => api.get<TopicSummaryPage>('/bookmarks', { query: { page } }),
  });
}

/** A topic page, and when it is the copy kept for reading offline, when it was saved. */
export type ReadTopicPage = TopicPage & { savedAt?: string };

/**
 * A topic page. A member's page is kept for reading offline (ADR 0025); without a connection the
 * kept copy is shown, with `savedAt` set, and a topic never kept fails as before (NetworkError).
 */
export async function fetchTopicPage(
  id: number,
  page: number | null,
  post: number | null,
): Promise<ReadTopicPage> {
  const variant = topicVariant(page, post);
  try {
    const read = await api.get<TopicPage>(`/topics/${id}`, {
      query: post != null ? { post } : { page: page ?? 0 },
    });
    keepTopicPage(id, variant, read);
    return read;
  } catch (e) {
    const kept = e instanceof NetworkError ? keptTopicPage(id, variant) : null;
    if (!kept) throw e;
    return { ...kept.page, savedAt: kept.savedAt };
  }
}

export function useTopicPage(id: number, page: number | null, post: number | null) {
  return useQuery({
    // The key the route loader starts it under (ADR 0021), so the page finds that request.
    queryKey: topicPageQuery(id, page, post).queryKey,
    queryFn: () => fetchTopicPage(id, page, post),
    placeholderData: keepPreviousData,
    // Offline the kept copy is the answer (not a paused query), and it is refetched once online
    // with a session: a kept copy read before the session was back waits for it (no 401).
    networkMode: 'always',
    staleTime: (q) => (q.state.data?.savedAt ? 0 : 30_000),
    refetchOnReconnect: () => getAccessToken() != null,
  });
}

export function useVocabularies() {
  return useQuery(vocabulariesQuery());
}

export function usePostSource(id: number | null) {
  return useQuery({
    queryKey: forumKeys.post(id ?? 0),
    queryFn: () => api.get<PostSource>(`/posts/${id}`),
    enabled: id != null,
  });
}

export function useRevisions(id: number, enabled: boolean) {
  return useQuery({
    queryKey: forumKeys.revisions(id),
    queryFn: () => api.get<Revision[]>(`/posts/${id}/revisions`),
    enabled,
  });
}

export function createTopic(body: CreateTopicRequest, idempotencyKey: string) {
  return api.post<CreatedView>('/topics', body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function postReply(
  topicId: number,
  body: { body: string; replyToPostId: number | null },
  idempotencyKey: string,
) {
  return api.post<CreatedView>(`/topics/${topicId}/posts`, body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function postFollowUp(topicId: number, body: string, idempotencyKey: string) {
  return api.post<CreatedView>(
    `/topics/${topicId}/follow-ups`,
    { body },
    { headers: { 'Idempotency-Key': idempotencyKey } },
  );
}

/**
 * Creates a topic (the key makes a repeated submit harmless) and refreshes the forum's own
 * queries before the caller moves on to the new topic.
 */
export function useCreateTopic() {
  const invalidate = useInvalidateForum();
  return async ({
    request,
    idempotencyKey,
  }: {
    request: CreateTopicRequest;
    idempotencyKey: string;
  }) => {
    const created = await createTopic(request, idempotencyKey);
    await invalidate();
    return created;
  };
}

/** Adds a follow-up to the member's own story and refreshes the forum's queries. */
export function usePostFollowUp() {
  const invalidate = useInvalidateForum();
  return async (a: { topicId: number; body: string; idempotencyKey: string }) => {
    const created = await postFollowUp(a.topicId, a.body, a.idempotencyKey);
    await invalidate();
    return created;
  };
}

/** The markdown source of a post (for a quote in a reply). */
export function fetchPostSource(id: number) {
  return api.get<PostSource>(`/posts/${id}`);
}

/** Invalidates everything the forum shows after a write. */
export function useInvalidateForum() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: forumKeys.all });
}

/** A small toggle or action on a topic or post (PUT/DELETE/POST without an interesting answer). */
export function useForumAction() {
  const invalidate = useInvalidateForum();
  return useMutation({
    mutationFn: ({
      method,
      path,
      body,
    }: {
      method: 'put' | 'delete' | 'post';
      path: string;
      body?: unknown;
    }) =>
      method === 'delete'
        ? api.delete(path)
        : method === 'put'
          ? api.put(path, body ?? {})
          : api.post(path, body ?? {}),
    onSuccess: () => invalidate(),
  });
}

/**
 * An on/off toggle kept on the server at `path` (PUT turns it on, DELETE off): following a topic,
 * tag or category, a bookmark. The button shows the state last asked for while the change is sent
 * and the forum is read again, and a second press meanwhile is honoured, not dropped: the changes of
 * one path are sent one after another (one mutation scope per path), so the last press decides.
 * A failed change shows the server's state again; `call` tells the caller it failed and why.
 */
export function useToggle(path: string | null, on: boolean) {
  const invalidate = useInvalidateForum();
  const mutation = useMutation({
    scope: { id: `toggle ${path}` },
    mutationFn: ({ at, next }: { at: string; next: boolean }) =>
      next ? api.put(at, {}) : api.delete(at),
    onSettled: () => invalidate(),
  });
  const shown = mutation.isPending ? mutation.variables?.next === true : on;
  return {
    on: shown,
    /** Asks for the other state; nothing while `path` is null (the thing is not known yet). */
    toggle: () => {
      if (path != null) mutation.mutate({ at: path, next: !shown });
    },
    /** The last change: failed or not (for a ProblemAlert beside the toggle). */
    call: mutation,
  };
}

export type TopicTitle = ApiSchema<'TopicTitle'>;

/** Topics whose title contains the text (coordinators; three characters or more). */
export function useTopicTitles(contains: string, except: number) {
  const text = contains.trim();
  return useQuery({
    queryKey: forumKeys.titles(text, except),
    queryFn: () => api.get<TopicTitle[]>('/topic-titles', { query: { contains: text, except } }),
    enabled: text.length >= 3,
    placeholderData: keepPreviousData,
  });
}
