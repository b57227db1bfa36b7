import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** At the latest this long after `enabled`, whatever the page is still doing. */
const latest = 2_000;

function onIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: latest });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, 1);
  return () => window.clearTimeout(timer);
}

/** The page's own content is drawn: every page has one level-1 heading in its main region. */
function mainContentShown() {
  return document.querySelector('main h1') !== null;
}

/**
 * False until the page's own content has come: its heading is drawn, no query is fetching and the
 * browser is idle (requestIdleCallback), or at the latest 2 s after `enabled` turned true. Then true for good.
 * For the header's extras (the notification bell, the account menu's code): on a slow phone they
 * would otherwise take the network and the main thread from the page the member came to read
 * (ADR 0021). It watches the query cache without re-rendering its component.
 */
export function useAfterMainContent(enabled: boolean) {
  const client = useQueryClient();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!enabled || ready) return;
    let cancelIdle: (() => void) | null = null;
    let pending: number | undefined;
    const check = () => {
      if (client.isFetching() > 0) {
        cancelIdle?.();
        cancelIdle = null;
      } else {
        cancelIdle ??= onIdle(() => {
          cancelIdle = null;
          // Nothing fetching is not enough while the page's own code is still on its way (a
          // lazily loaded route asks for its data only once it has come): wait for its heading.
          if (mainContentShown()) setReady(true);
          else pending = window.setTimeout(check, 50);
        });
      }
    };
    const unsubscribe = client.getQueryCache().subscribe(check);
    check();
    const timer = window.setTimeout(() => setReady(true), latest);
    return () => {
      unsubscribe();
      cancelIdle?.();
      window.clearTimeout(pending);
      window.clearTimeout(timer);
    };
  }, [client, enabled, ready]);

  return enabled && ready;
}
