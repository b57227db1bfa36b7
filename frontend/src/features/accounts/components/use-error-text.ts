import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

/** A failed account call in the member's words: by the problem's code, else network/generic. */
export function useErrorText() {
  const { t } = useTranslation('accounts');
  return (e: unknown) => {
    const code = e instanceof ApiError ? e.problem.code : 'network';
    return t(`errors.${code ?? 'generic'}` as 'errors.generic', {
      defaultValue: t('errors.generic'),
    });
  };
}
