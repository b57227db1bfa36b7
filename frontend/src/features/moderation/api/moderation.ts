import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';

export type FlagReason = ApiSchema<'FlagReason'>;

/** A post in the review queue (checked assignable both ways with the server's record). */
export type QueueItem = ApiSchema<'ModerationDtos.QueueItem'>;

export type QueuePage = ApiSchema<'ModerationDtos.QueuePage'>;

/** Hand-written: the server's `details` is typed as objects only, the entries hold any JSON. */
export interface AuditEntry {
  id: number;
  occurredAt: string;
  actorId: number | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: number | null;
  reason: string | null;
  details: Record<string, unknown> | null;
  /** What the entry is about, named as it is now (a member's name, a topic's title). */
  targetName: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  page: number;
  size: number;
  hasMore: boolean;
}

/** The audit log's filters, exactly as they appear in the page URL. */
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
      api.post<{ postId: number; hidden: boolean; resolvedFlags: number }>(
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
