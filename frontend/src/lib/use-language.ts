import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, rememberLanguage, type Language } from './i18n';

export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage)
    ? i18n.resolvedLanguage
    : defaultLanguage;
  const setLanguage = useCallback(
    async (next: Language) => {
      await i18n.changeLanguage(next);
      rememberLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
}
