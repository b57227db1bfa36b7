import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NotificationPage, NotificationSettings } from './types';

/** Query keys of the notifications feature. */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  page: (page: number) => [...notificationKeys.all, 'page', page] as const,
  settings: () => [...notificationKeys.all, 'settings'] as const,
};

export const PAGE_SIZE = 30;

export function useNotifications(page: number) {
  return useQuery({
    queryKey: notificationKeys.page(page),
    queryFn: () =>
      api.get<NotificationPage>('/notifications', { query: { page, size: PAGE_SIZE } }),
  });
}

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: () => api.get<{ unread: number }>('/notifications/unread-count'),
    enabled,
    // The live stream keeps it fresh; this is the safety net when the stream is down.
    refetchInterval: 5 * 60_000,
  });
}

function useNotificationChange<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkRead() {
  return useNotificationChange((id: number) => api.post<void>(`/notifications/${id}/read`));
}

export function useMarkAllRead() {
  return useNotificationChange(() => api.post<void>('/notifications/read-all'));
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings(),
    queryFn: () => api.get<NotificationSettings>('/notification-settings'),
  });
}

export function useSaveNotificationSettings() {
  return useNotificationChange((settings: NotificationSettings) =>
    api.put<NotificationSettings>('/notification-settings', settings),
  );
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      api.post<{ scope: string }>('/notification-unsubscriptions', undefined, {
        query: { token },
      }),
  });
}

/** A short-lived ticket for the live stream (the access token never goes into a URL). */
export function streamTicket() {
  return api.post<{ ticket: string; expiresIn: number }>('/notifications/stream-tickets');
}
