import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/use-language';
import { shifts as shiftOrder, type Shift, type Term } from '../api/types';
import { intlLocale } from '@/lib/format';

/** A taxonomy term's name in the member's language. */
export function useTermName() {
  const { language } = useLanguage();
  return useCallback((term: Term) => (language === 'en' ? term.nameEn : term.nameNb), [language]);
}

/** "A, B og C" in the member's language. */
export function useListFormat() {
  const { language } = useLanguage();
  return useCallback(
    (items: string[]) =>
      new Intl.ListFormat(intlLocale(language), {
        style: 'long',
        type: 'conjunction',
      }).format(items),
    [language],
  );
}

/** Names of shifts in the member's language, in week order. */
export function useShiftNames() {
  const { t } = useTranslation('mentoring');
  return useCallback(
    (shifts: Shift[]) =>
      [...shifts]
        .sort((a, b) => shiftOrder.indexOf(a) - shiftOrder.indexOf(b))
        .map((s) => t(`shift.${s}`)),
    [t],
  );
}
