import type { Language } from './i18n';

const osloZone = 'Europe/Oslo';
const locales: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The `Intl` locale for a member's language. */
export function intlLocale(language: Language) {
  return locales[language];
}
const week = 7 * 24 * 60 * 60 * 1000;

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/** "for 3 timer siden" within the last week, "24. nov. 2026" after that; always Norwegian time. */
export function formatWhen(iso: string | Date, language: Language, now: Date = new Date()) {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const diff = date.getTime() - now.getTime();
  if (Math.abs(diff) < week) {
    const rtf = new Intl.RelativeTimeFormat(locales[language], { numeric: 'auto' });
    for (const [unit, ms] of units) {
      if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
    }
    return rtf.format(0, 'minute');
  }
  return formatDate(date, language);
}

export function formatDate(iso: string | Date, language: Language) {
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: osloZone,
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatDateTime(iso: string | Date, language: Language) {
  return new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: osloZone,
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatNumber(value: number, language: Language) {
  return new Intl.NumberFormat(locales[language]).format(value);
}
