import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

/** A failed call in the profiles' words: the problem's code, else network or generic. */
export function useProfilesProblem() {
  const { t } = useTranslation('profiles');
  return (e: unknown) => {
    const code = e instanceof ApiError ? (e.problem.code ?? 'generic') : 'network';
    return t(`errors.${code}` as 'errors.generic', { defaultValue: t('errors.generic') });
  };
}

/** A field's error as text: the server's sentence, or the zod code in the profiles' words. */
export function useFieldMessage() {
  const { t } = useTranslation('profiles');
  return (e?: { type?: string; message?: string }) =>
    !e?.message
      ? undefined
      : e.type === 'server'
        ? e.message
        : t(`errors.${e.message}` as 'errors.required');
}
