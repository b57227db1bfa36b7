/**
 * Registers the service worker (ADR 0020) in the production build, after the page has loaded so it
 * never competes with the first page for a weak connection. Once it is active it is told which of
 * the app's files this page already loaded (before it was in control), so those are kept too.
 */
export function registerServiceWorker(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
) {
  if (!container) return;
  const start = () => {
    container
      .register('/sw.js')
      .then(() => container.ready)
      .then((registration) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.startsWith('/assets/'));
        registration.active?.postMessage({ type: 'keep', urls });
      })
      // No worker (a private window, an old browser) means no offline copy, nothing worse.
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
