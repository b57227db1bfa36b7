import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Language } from '@/lib/i18n';
import type { ApiSchema } from '@/lib/api-schema';

export type TaxonomyKind =
  | 'SYSTEM'
  | 'WORKPLACE_TYPE'
  | 'BACKGROUND'
  | 'REGION'
  | 'COUNTY'
  | 'AUDIENCE'
  | 'EXPERTISE'
  | 'LANGUAGE';

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

export interface TaxonomyTerm {
  id: number;
  kind: TaxonomyKind;
  code: string;
  nameNb: string;
  nameEn: string;
  parentId?: number | null;
  sortOrder: number;
  archived: boolean;
}

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

export interface TaxonomyInput {
  kind: TaxonomyKind;
  code: string;
  nameNb: string;
  nameEn: string;
  parentId?: number | null;
  sortOrder?: number;
  archived?: boolean;
}

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

export interface EmailDomain {
  id: number;
  domain: string;
  organisation: string;
}

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
      mutationFn: (input: { domain: string; organisation: string }) =>
        api.post<EmailDomain>('/email-domains', input),
      onSuccess: invalidate,
    }),
    remove: useMutation({
      mutationFn: (id: number) => api.delete(`/email-domains/${id}`),
      onSuccess: invalidate,
    }),
  };
}
