import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Language } from '@/lib/i18n';
import type { ApiSchema, NarrowedSchema } from '@/lib/api-schema';

export type TaxonomyKind = ApiSchema<'TaxonomyKind'>;

export const taxonomyKinds: TaxonomyKind[] = [
  'SYSTEM',
  'WORKPLACE_TYPE',
  'BACKGROUND',
  'REGION',
  'COUNTY',
  'AUDIENCE',
  'EXPERTISE',
  'LANGUAGE',
];

/**
 * A term as the server sends it: the document's `id` is optional because the record is also the
 * table's entity (no id before it is saved); every term the API sends has one.
 */
export type TaxonomyTerm = NarrowedSchema<'TaxonomyTerm', { id: number }>;

export type TermRef = ApiSchema<'TermRef'>;

export function termName(term: TermRef | null | undefined, language: Language) {
  if (!term) return '';
  return language === 'en' ? term.nameEn : term.nameNb;
}

export const taxonomyKeys = {
  all: ['taxonomies'] as const,
};

export const taxonomiesQuery = queryOptions({
  queryKey: taxonomyKeys.all,
  queryFn: () => api.get<TaxonomyTerm[]>('/taxonomies'),
  staleTime: 5 * 60_000,
});

/** Every term of every kind (a few hundred), fetched once and shared. */
export function useTaxonomies() {
  return useQuery(taxonomiesQuery);
}

/** The live (not archived) terms of one kind, in display order. */
export function termsOf(all: TaxonomyTerm[] | undefined, kind: TaxonomyKind) {
  return (all ?? []).filter((t) => t.kind === kind && !t.archived);
}

export type TaxonomyInput = ApiSchema<'TaxonomyRequest'>;

export function useSaveTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number; input: TaxonomyInput }) =>
      id
        ? api.put<TaxonomyTerm>(`/taxonomies/${id}`, input)
        : api.post<TaxonomyTerm>('/taxonomies', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taxonomyKeys.all }),
  });
}

/** An e-mail domain as the server sends it (the entity's `id` is always set once saved). */
export type EmailDomain = NarrowedSchema<'EmailDomain', { id: number }>;

export const emailDomainKeys = { all: ['email-domains'] as const };

export function useEmailDomains(enabled: boolean) {
  return useQuery({
    queryKey: emailDomainKeys.all,
    queryFn: () => api.get<EmailDomain[]>('/email-domains'),
    enabled,
  });
}

export function useEmailDomainMutations() {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: emailDomainKeys.all });
  return {
    add: useMutation({
      mutationFn: (input: ApiSchema<'EmailDomainRequest'>) =>
        api.post<EmailDomain>('/email-domains', input),
      onSuccess: invalidate,
    }),
    remove: useMutation({
      mutationFn: (id: number) => api.delete(`/email-domains/${id}`),
      onSuccess: invalidate,
    }),
  };
}
