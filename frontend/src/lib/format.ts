import type { Language } from './i18n';

const osloZone = 'Europe/Oslo';
const locales: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The `Intl` locale for a member's language. */
export function intlLocale(language: Language) {
  return locales[language];
}
const week = 7 * 24 * 60 * 60 * 1000;

/**
 * One formatter per kind and language, made on first use: making an `Intl` formatter costs far more
 * than formatting with it, and a topic page formats a date or two for each of its posts (on a
 * 4x-throttled phone ~120 ms of its first render went to making them; Lighthouse, ADR 0022).
 */
const formatters = new Map<string, unknown>();
function formatter<T>(kind: string, language: Language, make: (locale: string) => T): T {
  const key = `${kind}:${language}`;
  let found = formatters.get(key) as T | undefined;
  if (found === undefined) {
    found = make(locales[language]);
    formatters.set(key, found);
  }
  return found;
}

const relativeFormat = (language: Language) =>
  formatter(
    'relative',
    language,
    (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
const dateFormat = (language: Language) =>
  formatter(
    'date',
    language,
    (locale) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: osloZone,
      }),
  );
const numberFormat = (language: Language) =>
  formatter('number', language, (locale) => new Intl.NumberFormat(locale));

/**
 * Makes the formatters every list and topic uses (relative time, date, number) ahead of need, one
 * per idle moment of the main thread, while the page's code and data are still on their way. Made
 * inside the page's first render with data they cost ~15 ms each here, ~60 ms on a 4x-slower
 * phone, and lengthened that render's long task (Lighthouse, ADR 0022); in idle moments of their
 * own they block nothing.
 */
export function prepareFormatters(language: Language) {
  const idle: (run: () => void) => unknown =
    typeof window.requestIdleCallback === 'function'
      ? (run) => window.requestIdleCallback(run, { timeout: 2_000 })
      : (run) => window.setTimeout(run, 50);
  const makers = [relativeFormat, dateFormat, numberFormat];
  const next = () => {
    makers.shift()?.(language);
    if (makers.length) idle(next);
  };
  idle(next);
}

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
    const rtf = relativeFormat(language);
    for (const [unit, ms] of units) {
      if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
    }
    return rtf.format(0, 'minute');
  }
  return formatDate(date, language);
}

export function formatDate(iso: string | Date, language: Language) {
  return dateFormat(language).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatDateTime(iso: string | Date, language: Language) {
  return formatter(
    'dateTime',
    language,
    (locale) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: osloZone,
      }),
  ).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatNumber(value: number, language: Language) {
  return numberFormat(language).format(value);
}
