/**
 * A feature's texts, asked for now: with a page's code, not after its first render (one wait less
 * before the page asks for its data; ADR 0022 addendum). A failure is ignored: the page's own
 * Suspense asks again. i18n is imported here, not at the top, because the routes that call this
 * are also read outside the browser (the every-route end-to-end spec), where it cannot load.
 */
export function loadTexts(namespace: string): Promise<unknown> {
  return import('./i18n').then(({ i18n }) => i18n.loadNamespaces(namespace)).catch(() => undefined);
}

/** A route's `lazy` (or any loader of a page's code) with the feature's texts loaded alongside. */
export function withTexts<T>(namespace: string, load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadTexts(namespace)]).then(([page]) => page);
}
