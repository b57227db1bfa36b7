import { useSyncExternalStore } from 'react';
import { ApiError, NetworkError, type Problem } from '@/lib/api-client';
import { keptVersion, readKept, subscribeKept, writeKept } from '@/lib/member-storage';
import type { CreatedView } from '../api/types';

/**
 * Replies and new topics written without a connection (ADR 0025): kept in the member's offline
 * storage with the idempotency key they were first sent with, and sent once, in order, when the
 * connection is back. The key makes a second send of the same item (another tab, a lost answer)
 * come back as the same post, never a second one.
 */
export type OutboxState = 'waiting' | 'sent' | 'refused';

export interface OutboxItem {
  /** The idempotency key: the same for every attempt of this item. */
  key: string;
  kind: 'reply' | 'topic';
  /** POST target, e.g. /topics/12/posts or /topics. */
  path: string;
  /** The request body as it will be sent. */
  body: unknown;
  /** The form's draft key (useDraft) and its value, to give the text back on refusal or cancel. */
  draftKey: string;
  draft: unknown;
  /** The topic replied to (replies); what the member recognises the item by. */
  topicId: number | null;
  /** Where the item is shown in place. */
  href: string;
  createdAt: string;
  state: OutboxState;
  created?: CreatedView;
  /** The server's refusal (status and problem+json), for a refused item. */
  refusal?: { status: number; problem: Problem };
}

const name = 'outbox';

export function outboxItems(): OutboxItem[] {
  return readKept<OutboxItem[]>(name) ?? [];
}

function save(items: OutboxItem[]) {
  return writeKept(name, items.length ? items : null);
}

function update(key: string, change: (item: OutboxItem) => OutboxItem | null) {
  save(
    outboxItems().flatMap((i) => {
      if (i.key !== key) return [i];
      const next = change(i);
      return next ? [next] : [];
    }),
  );
}

/**
 * Puts an item in the queue (an item with the same key is replaced, not added twice). False when
 * it could not be kept (no member, or storage full): the form then keeps its text as a draft.
 */
export function enqueue(item: Omit<OutboxItem, 'state' | 'createdAt'>, now = new Date()) {
  const rest = outboxItems().filter((i) => i.key !== item.key);
  return save([...rest, { ...item, state: 'waiting', createdAt: now.toISOString() }]);
}

/**
 * Sends a new post now, or keeps `item` in the queue when there is no connection (none to begin
 * with, or lost while sending). `forget` (the form drops its key and draft) runs once the post is
 * sent or kept. Resolves to what the server created, or null when the post waits; any other
 * failure (a refusal, a post that could not be kept) is thrown for the form to show.
 */
export async function sendOrKeep<T>(
  item: Omit<OutboxItem, 'state' | 'createdAt'>,
  send: () => Promise<T>,
  forget: () => void,
): Promise<T | null> {
  const keep = () => {
    const kept = enqueue(item);
    if (kept) forget();
    return kept;
  };
  if (!navigator.onLine && keep()) return null;
  try {
    const created = await send();
    forget();
    return created;
  } catch (e) {
    if (e instanceof NetworkError && keep()) return null;
    throw e;
  }
}

/** Removes an item (a cancelled waiting item, a sent one seen, a refusal taken back to its form). */
export function removeItem(key: string) {
  update(key, () => null);
}

export type Sender = (item: OutboxItem) => Promise<CreatedView>;

let flushing: Promise<number> | null = null;

/**
 * Sends the waiting items one at a time, oldest first. A lost connection stops the round (the
 * rest wait for the next), as do a 5xx and a 401; a refusal (other 4xx answers) marks the item refused with the server's
 * problem; an item cancelled meanwhile is not sent. Concurrent calls share one round, so an item is
 * never in flight twice from this tab. Returns how many were sent.
 */
export function flushOutbox(send: Sender): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    for (;;) {
      const next = outboxItems().find((i) => i.state === 'waiting');
      if (!next) break;
      try {
        const created = await send(next);
        update(next.key, (i) => ({ ...i, state: 'sent', created }));
        sent++;
      } catch (e) {
        // A refusal (4xx) is final; a lost connection, a server error (5xx) or a session that
        // could not be refreshed (401) ends the round, and the item waits for the next.
        if (!(e instanceof ApiError) || e.status >= 500 || e.status === 401) break;
        const refusal = { status: e.status, problem: e.problem };
        update(next.key, (i) => ({ ...i, state: 'refused', refusal }));
      }
    }
    return sent;
  })().finally(() => {
    // After the round (not inside it: a round with nothing to send ends before it is assigned).
    flushing = null;
  });
  return flushing;
}

/** The member's queue, live (this tab and others). */
export function useOutbox(): OutboxItem[] {
  useSyncExternalStore(subscribeKept, keptVersion, keptVersion);
  return outboxItems();
}
