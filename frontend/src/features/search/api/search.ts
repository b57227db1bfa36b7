import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiSchema, NarrowedSchema } from '@/lib/api-schema';

/** A hit; the document gives `kind` as a string, it is always a topic kind. */
export type SearchHit = NarrowedSchema<'SearchResults.Hit', { kind: ApiSchema<'TopicKind'> }>;

export type FacetValue = ApiSchema<'SearchResults.FacetValue'>;

/** The facets' dimensions (client-narrowed: the document's `facets` is keyed by any string). */
export type FacetDimension = 'kind' | 'category' | 'system' | 'tag' | 'workplace' | 'solved';

export type SearchResults = NarrowedSchema<
  'SearchResults',
  { hits: SearchHit[]; facets: Partial<Record<FacetDimension, FacetValue[]>> }
>;

export type SimilarTopic = ApiSchema<'SimilarTopic'>;

/** A search exactly as it appears in the page URL (/search?q=…&kind=…); client-only. */
export interface SearchParams {
  q: string;
  kind: string[];
  category: string[];
  system: string[];
  tag: string[];
  workplace: string[];
  solved?: string;
  from?: string;
  to?: string;
  sort?: string;
  page: number;
}

export const searchKeys = {
  all: ['search'] as const,
  results: (p: SearchParams) => ['search', 'results', p] as const,
  similar: (title: string, body: string) => ['search', 'similar', title, body] as const,
  related: (topicId: number) => ['search', 'related', topicId] as const,
};

/** The server leaves empty lists out of its JSON: an answer without hits has no `hits` at all. */
function complete(r: SearchResults): SearchResults {
  return {
    ...r,
    hits: (r.hits ?? []).map((h) => ({ ...h, tags: h.tags ?? [] })),
    facets: r.facets ?? {},
  };
}

export function useSearch(p: SearchParams) {
  return useQuery({
    queryKey: searchKeys.results(p),
    queryFn: async () =>
      complete(
        await api.get<SearchResults>('/search', {
          query: {
            q: p.q,
            kind: p.kind,
            category: p.category,
            system: p.system,
            tag: p.tag,
            workplace: p.workplace,
            solved: p.solved,
            from: p.from,
            to: p.to,
            sort: p.sort,
            page: p.page,
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSimilarTopics(title: string, body: string) {
  return useQuery({
    queryKey: searchKeys.similar(title, body),
    queryFn: () => api.get<SimilarTopic[]>('/search/similar', { query: { title, body } }),
    enabled: title.trim().length >= 3,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useRelatedTopics(topicId: number) {
  return useQuery({
    queryKey: searchKeys.related(topicId),
    queryFn: () => api.get<SimilarTopic[]>(`/search/related/${topicId}`),
    staleTime: 60_000,
  });
}
