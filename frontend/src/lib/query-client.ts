import { QueryClient, onlineManager } from '@tanstack/react-query';
import { ApiError } from './api-client';

/**
 * Tells TanStack Query that the connection is back a moment after the browser does, once every
 * other `online` listener has run. One of them is the session's: offline the session is unknown
 * (ADR 0020), and when the connection returns it starts restoring the member's token, which the
 * API client's calls then wait for (`whileSessionRestores`). Told at once, the queries paused
 * offline (a topic's related topics) went first, without a token: refused 401 — a console error,
 * seen failing a CI run — and sent again after a refresh of their own. Going offline is told at
 * once.
 */
function resumeQueriesAfterOnlineListeners() {
  onlineManager.setEventListener((setOnline) => {
    let later: ReturnType<typeof setTimeout> | undefined;
    const online = () => {
      clearTimeout(later);
      later = setTimeout(() => setOnline(navigator.onLine));
    };
    const offline = () => {
      clearTimeout(later);
      setOnline(false);
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      clearTimeout(later);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  });
}

export function createQueryClient() {
  resumeQueriesAfterOnlineListeners();
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers will not change by asking again; network trouble and 5xx might.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
