import { useRef } from 'react';
import { newIdempotencyKey } from '@/lib/api-client';
import { sendOrKeep, type OutboxItem } from '../lib/outbox';

/** What a form tells about its new post; the key and the draft are added here. */
export type NewPost = Pick<OutboxItem, 'kind' | 'path' | 'body' | 'topicId' | 'href'>;

/**
 * Sends a form's new post (a reply, a topic) with an idempotency key, or keeps it in the outbox
 * without a connection (ADR 0025). The same `content` keeps its key, so a retry is recognised as
 * the same post; once the post is sent or kept, the key and the draft (`draftKey`) are dropped.
 * Resolves to what the server created, or null when the post waits; a refusal is thrown.
 */
export function useOutboxSend(draftKey: string, draft: { value: unknown; clear: () => void }) {
  const key = useRef<{ key: string; content: string } | null>(null);
  return <T>(content: string, post: NewPost, send: (idempotencyKey: string) => Promise<T>) => {
    if (!key.current || key.current.content !== content) {
      key.current = { key: newIdempotencyKey(), content };
    }
    const idempotencyKey = key.current.key;
    const item = { ...post, key: idempotencyKey, draftKey, draft: draft.value };
    return sendOrKeep(
      item,
      () => send(idempotencyKey),
      () => {
        key.current = null;
        draft.clear();
      },
    );
  };
}
