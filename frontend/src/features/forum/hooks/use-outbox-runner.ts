import { useEffect, useRef } from 'react';
import { useSession } from '@/lib/session';
import { useOnlineStatus } from '@/lib/use-online-status';
import { deleteServerDraft, sendWaitingPost } from '../api/writing';
import { useInvalidateForum } from '../api/topics';
import { flushOutbox, useOutbox, type OutboxItem } from '../lib/outbox';
import { hasLocalDraft } from './use-draft';

const retryMs = 30_000;

/**
 * Sends the member's waiting posts when the session is known and the connection is there: at
 * once, when the browser reports the connection back, and every 30 s while some still wait (a
 * connection the browser thinks is there may not reach Helsebro). The forum's lists are refreshed
 * after something was sent.
 */
export function useOutboxRunner() {
  const { status, member } = useSession();
  const online = useOnlineStatus();
  const invalidate = useInvalidateForum();
  const waiting = useOutbox().filter((i) => i.state === 'waiting').length;
  const memberId = member?.id ?? null;
  const refresh = useRef(invalidate);
  useEffect(() => {
    refresh.current = invalidate;
  });

  useEffect(() => {
    if (status !== 'signed-in' || !online || waiting === 0) return;
    const send = async (item: OutboxItem) => {
      const created = await sendWaitingPost(item.path, item.body, item.key);
      // The server copy of the draft goes too, unless the member has started a new text there.
      if (memberId == null || !hasLocalDraft(memberId, item.draftKey))
        await deleteServerDraft(item.draftKey).catch(() => undefined);
      return created;
    };
    const run = () =>
      void flushOutbox(send).then((sent) => (sent > 0 ? refresh.current() : undefined));
    run();
    const timer = window.setInterval(run, retryMs);
    return () => window.clearInterval(timer);
  }, [status, online, waiting, memberId]);
}
