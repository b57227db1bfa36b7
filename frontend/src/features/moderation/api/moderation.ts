import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';

export type FlagReason = ApiSchema<'FlagReason'>;

/** A post in the review queue (checked assignable both ways with the server's record). */
export type QueueItem = ApiSchema<'ModerationDtos.QueueItem'>;

export type QueuePage = ApiSchema<'ModerationDtos.QueuePage'>;

export type AuditEntry = ApiSchema<'ModerationDtos.AuditEntryView'>;

export type AuditPage = ApiSchema<'ModerationDtos.AuditPage'>;

/** The audit log's filters, exactly as they appear in the page URL (client-only: query parameters). */
export interface AuditQuery {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  page?: number;
}

export const moderationKeys = {
  all: ['moderation'] as const,
  queue: (page: number) => [...moderationKeys.all, 'queue', page] as const,
  audit: (query: AuditQuery) => [...moderationKeys.all, 'audit', query] as const,
  actions: () => [...moderationKeys.all, 'audit-actions'] as const,
};

export function useQueue(page: number) {
  return useQuery({
    queryKey: moderationKeys.queue(page),
    queryFn: () => api.get<QueuePage>('/moderation/queue', { query: { page, size: 20 } }),
    placeholderData: keepPreviousData,
  });
}

export function useDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (d: { postId: number; decision: 'restore' | 'hide'; reason: string }) =>
      api.post<ApiSchema<'ModerationDtos.DecisionView'>>(
        `/moderation/queue/${d.postId}/${d.decision}`,
        { reason: d.reason.trim() ? d.reason.trim() : null },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: moderationKeys.audit(query),
    queryFn: () => api.get<AuditPage>('/moderation/audit', { query: { ...query, size: 50 } }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions() {
  return useQuery({
    queryKey: moderationKeys.actions(),
    queryFn: () => api.get<string[]>('/moderation/audit/actions'),
    staleTime: 60_000,
  });
}
