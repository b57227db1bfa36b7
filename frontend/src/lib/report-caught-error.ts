/**
 * Errors a boundary caught and shows, reported on the console as React does by default, except a
 * part's code that could not be fetched while the browser is offline: PartBoundary says so on the
 * page, and it is what offline means, not a fault (issue 14).
 */
export function reportCaughtError(error: unknown, info: { componentStack?: string }) {
  if (!navigator.onLine && isCodeNotFetched(error)) return;
  console.error(error, info.componentStack ?? '');
}

/** Chromium's, Firefox's and Safari's words for a dynamic import whose file did not come. */
export function isCodeNotFetched(error: unknown) {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}
