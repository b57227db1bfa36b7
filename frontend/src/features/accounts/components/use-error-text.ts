import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

/** An account problem code in the member's words (`errors.<code>`), else the generic sentence. */
export function useCodeText() {
  const { t } = useTranslation('accounts');
  return (code?: string) =>
    t(`errors.${code ?? 'generic'}` as 'errors.generic', { defaultValue: t('errors.generic') });
}

/** A failed account call in the member's words: by the problem's code, else network/generic. */
export function useErrorText() {
  const codeText = useCodeText();
  return (e: unknown) => codeText(e instanceof ApiError ? e.problem.code : 'network');
}
