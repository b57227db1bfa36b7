import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiBase } from '@/lib/api-client';
import { notificationKeys, streamTicket } from './notifications';
import type { NotificationItem } from './types';

/**
 * Keeps a live stream of the member's notifications open while they are signed in. Each new
 * notification refreshes the unread count and every query the open page shows (a new reply in the
 * open topic appears without a reload). When the stream drops it reconnects with a new ticket and
 * the last event id, so nothing is missed and nothing comes twice.
 */
export function useLiveNotifications(
  enabled: boolean,
  onNotification?: (n: NotificationItem) => void,
) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let lastId: string | null = null;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let delay = 1000;

    const connect = async () => {
      try {
        const { ticket } = await streamTicket();
        if (stopped) return;
        const query = new URLSearchParams({ ticket });
        if (lastId) query.set('after', lastId);
        source = new EventSource(`${apiBase}/notifications/stream?${query.toString()}`);
        source.onopen = () => {
          // After a reconnect, anything that came while the stream was down is counted again.
          if (delay > 1000 || lastId)
            void client.invalidateQueries({ queryKey: notificationKeys.all });
          delay = 1000;
        };
        source.addEventListener('notification', (e) => {
          const event = e as MessageEvent<string>;
          lastId = event.lastEventId || lastId;
          void client.invalidateQueries({ queryKey: notificationKeys.all });
          // Whatever the page shows may have changed with it (a reply in the open topic).
          void client.invalidateQueries({ refetchType: 'active' });
          if (onNotification) {
            try {
              onNotification(JSON.parse(event.data) as NotificationItem);
            } catch {
              // A malformed event is not worth breaking the page for.
            }
          }
        });
        source.onerror = () => {
          // The ticket is single-use in effect (it expires): reconnect with a fresh one.
          source?.close();
          source = null;
          schedule();
        };
      } catch {
        schedule();
      }
    };

    const schedule = () => {
      if (stopped) return;
      retry = setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 60_000);
    };

    void connect();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [enabled, client, onNotification]);
}
