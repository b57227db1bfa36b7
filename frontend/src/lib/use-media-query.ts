import { useSyncExternalStore } from 'react';

/**
 * Whether the window matches a media query (`(min-width: 1024px)`), following it as the window
 * is resized or turned. Where the browser cannot say (no `matchMedia`, as in jsdom), it matches.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : true),
  );
}
