import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NarrowedSchema } from '@/lib/api-schema';
import { forumKeys } from './keys';
import type { Category, Tag } from './types';

/** What a coordinator's category form sends: every field, descriptions empty rather than absent. */
export type CategoryInput = NarrowedSchema<
  'ForumDtos.CategoryRequest',
  { descriptionNb: string; descriptionEn: string; archived: boolean }
>;

/** Every category, archived ones too, in their order (for curation). */
export function useAllCategories() {
  return useQuery({
    queryKey: [...forumKeys.categories(), 'all'],
    queryFn: () => api.get<Category[]>('/categories', { query: { includeArchived: true } }),
  });
}

/** Creates (`id` 'new') or updates a category; the forum's lists are read again. */
export function useSaveCategory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | 'new'; input: CategoryInput }) =>
      id === 'new' ? api.post('/categories', input) : api.put(`/categories/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: forumKeys.all }),
  });
}

/** Puts the categories in this order. */
export function useCategoryOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) => api.put('/categories/order', { ids }),
    onSuccess: () => client.invalidateQueries({ queryKey: forumKeys.all }),
  });
}

/** Tags whose name holds `q`, for curation (up to 50). */
export function useCuratedTags(q: string) {
  return useQuery({
    queryKey: [...forumKeys.tags(q), 'curation'],
    queryFn: () => api.get<Tag[]>('/tags', { query: { q, size: 50 } }),
  });
}

/** Client-only: one of the tag dialogs' changes, sent to its own endpoint. */
export type TagChange =
  | { kind: 'rename'; id: number; name: string }
  | { kind: 'merge'; id: number; intoTagId: number }
  | { kind: 'delete'; id: number };

/** One change to the tags; the dialog stays open with the server's refusal until it works. */
export function useTagChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: TagChange) => {
      switch (change.kind) {
        case 'rename':
          return api.put(`/tags/${change.id}`, { name: change.name });
        case 'merge':
          return api.post(`/tags/${change.id}/merge`, { intoTagId: change.intoTagId });
        case 'delete':
          return api.delete(`/tags/${change.id}`);
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
