import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';
import { forumKeys } from './keys';
import type { CreatedView, MemberRef, ServerDraft, Tag } from './types';

export function renderPreview(body: string) {
  return api.post<ApiSchema<'ForumDtos.PreviewView'>>('/previews', { body });
}

/** The member's saved draft under this key, or null (read from the list: no 404 for "none"). */
export async function loadServerDraft(key: string): Promise<ServerDraft | null> {
  const all = await api.get<ServerDraft[]>('/drafts');
  return all.find((d) => d.key === key) ?? null;
}

export function saveServerDraft(key: string, payload: string) {
  return api.put<ServerDraft>(`/drafts/${key}`, { payload });
}

export function deleteServerDraft(key: string) {
  return api.delete(`/drafts/${key}`);
}

export function useTagSuggestions(q: string) {
  return useQuery({
    queryKey: forumKeys.tags(q),
    queryFn: () => api.get<Tag[]>('/tags', { query: { q, size: 8 } }),
    enabled: q.trim().length >= 1,
    staleTime: 30_000,
  });
}

/** The tag with exactly this name (ignoring case), or null when there is none. */
export function useTagByName(name: string) {
  return useQuery({
    queryKey: forumKeys.tag(name),
    queryFn: async () => {
      const found = await api.get<Tag[]>('/tags', { query: { q: name, size: 20 } });
      return found.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
    },
    staleTime: 30_000,
  });
}

/** The tags the member follows. */
export function useFollowedTags() {
  return useQuery({
    queryKey: forumKeys.followedTags(),
    queryFn: () => api.get<Tag[]>('/tags/following'),
  });
}

/**
 * The tag with this name and whether the member follows it, or null until both are known (and
 * when there is no such tag).
 */
export function useTagFollowing(
  name: string,
): { id: number; name: string; following: boolean } | null {
  const tag = useTagByName(name);
  const followed = useFollowedTags();
  if (!tag.data || !followed.data) return null;
  const id = tag.data.id;
  return { id, name: tag.data.name, following: followed.data.some((f) => f.id === id) };
}

export function useMentionCandidates(q: string | null) {
  return useQuery({
    queryKey: forumKeys.mentions(q ?? ''),
    queryFn: () => api.get<MemberRef[]>('/mention-candidates', { query: { q: q ?? '' } }),
    enabled: q != null && q.length >= 1,
    staleTime: 30_000,
  });
}

export function useFeedToken(enabled: boolean) {
  return useQuery({
    queryKey: forumKeys.feedToken(),
    queryFn: () => api.get<ApiSchema<'ForumDtos.FeedTokenView'>>('/feed-token'),
    enabled,
    staleTime: Infinity,
  });
}

/** Sends a post that waited for the connection, with the key it was first given (ADR 0025). */
export function sendWaitingPost(path: string, body: unknown, idempotencyKey: string) {
  return api.post<CreatedView>(path, body, { headers: { 'Idempotency-Key': idempotencyKey } });
}
