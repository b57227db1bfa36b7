import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@/lib/api-client';

/** The member-facing text for a failed call: the problem's code, else network or server. */
export function useProblemText() {
  const { t } = useTranslation('mentoring');
  return (error: unknown) => {
    if (error instanceof NetworkError) return t('errors.network');
    if (error instanceof ApiError) {
      const code = error.problem.code;
      if (code)
        return t(`errors.${code}` as 'errors.generic', { defaultValue: t('errors.generic') });
      if (error.status >= 500) return t('errors.server');
    }
    return t('errors.generic');
  };
}

/** The problem code of a failed call, if the server gave one. */
export function problemCode(error: unknown) {
  return error instanceof ApiError ? error.problem.code : undefined;
}
