import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';
import type { MemberStatus } from '@/lib/session';

/** A member's account as coordinators see it. */
export type MemberAccount = ApiSchema<'MemberAccountView'>;

export type MemberAccountPage = ApiSchema<'MemberAccountPage'>;

/** Client-only: the account list's query parameters. */
export interface MemberAccountQuery {
  status?: MemberStatus;
  q?: string;
  page?: number;
  size?: number;
}

export const memberAccountKeys = {
  all: ['member-accounts'] as const,
  list: (query: MemberAccountQuery) => [...memberAccountKeys.all, 'list', query] as const,
};

export function memberAccountsQuery(query: MemberAccountQuery) {
  return queryOptions({
    queryKey: memberAccountKeys.list(query),
    queryFn: () => api.get<MemberAccountPage>('/member-accounts', { query: { ...query } }),
  });
}

export function useMemberAccounts(query: MemberAccountQuery) {
  return useQuery(memberAccountsQuery(query));
}

/** Approve, reject, suspend, lift, promote, demote: each refreshes the account lists. */
export function useMemberAccountAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      action,
      body,
    }: {
      id: number;
      action: 'approve' | 'reject' | 'suspend' | 'lift' | 'promote' | 'demote';
      body?: unknown;
    }) => {
      switch (action) {
        case 'approve':
          return api.post<unknown>(`/member-accounts/${id}/approval`);
        case 'reject':
          return api.post<unknown>(`/member-accounts/${id}/rejection`, body ?? {});
        case 'suspend':
          return api.post<unknown>(`/member-accounts/${id}/suspension`, body);
        case 'lift':
          return api.delete(`/member-accounts/${id}/suspension`);
        case 'promote':
          return api.post<unknown>(`/member-accounts/${id}/coordinator`);
        case 'demote':
          return api.delete(`/member-accounts/${id}/coordinator`);
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberAccountKeys.all }),
  });
}
