import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type FlagReason = 'SPAM' | 'PATIENT_DATA' | 'OFFENSIVE' | 'OFF_TOPIC' | 'OTHER';

export interface QueueItem {
  postId: number;
  topicId: number;
  topicTitle: string;
  postNumber: number;
  authorId: number | null;
  authorName: string | null;
  excerpt: string;
  postedAt: string;
  hidden: boolean;
  autoHidden: boolean;
  deleted: boolean;
  topicLocked: boolean;
  topicClosed: boolean;
  openSince: string;
  flagCount: number;
  trustedFlagCount: number;
  reasons: { reason: FlagReason; count: number }[];
  flags: {
    flaggerName: string | null;
    reason: FlagReason;
    note: string | null;
    trusted: boolean;
    createdAt: string;
  }[];
}

export interface QueuePage {
  items: QueueItem[];
  page: number;
  size: number;
  total: number;
  hideThreshold: number;
}

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
