import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../api-client';

/** The namespaces that explain failed calls under `errors.*` (network, server, generic, codes). */
export type ProblemNamespace = 'groups' | 'insights' | 'mentoring' | 'notifications';

/**
 * The member-facing text for a failed call, in the feature's own words: the problem's code when
 * the feature has a text for it, else network, server (5xx) or the generic sentence.
 */
export function useProblemText(ns: ProblemNamespace) {
  const { t, i18n } = useTranslation(ns);
  // Keys are built from the code, so the typed t() cannot check them.
  const text = t as unknown as (key: string, options?: object) => string;
  return (error: unknown) => {
    if (error instanceof NetworkError) return text('errors.network');
    if (error instanceof ApiError) {
      const code = error.problem.code;
      if (code) return text(`errors.${code}`, { defaultValue: text('errors.generic') });
      if (error.status >= 500 && i18n.exists('errors.server', { ns })) return text('errors.server');
    }
    return text('errors.generic');
  };
}

/** The problem code of a failed call, if the server gave one. */
export function problemCode(error: unknown) {
  return error instanceof ApiError ? error.problem.code : undefined;
}
