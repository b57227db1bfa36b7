import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nb';

const storageKey = 'helsebro.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Our language for a browser language tag: nynorsk for `nn` (and `no-NN`), bokmål for `nb` and the
 * bare `no`, English for any `en`; null for anything else.
 */
export function languageOfTag(tag: string): Language | null {
  const lower = tag.toLowerCase();
  if (lower === 'nn' || lower.startsWith('nn-') || lower === 'no-nn') return 'nn';
  if (lower === 'nb' || lower.startsWith('nb-') || lower === 'no' || lower.startsWith('no-'))
    return 'nb';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

/**
 * The language the member chose last on this device; else the first of the browser's languages we
 * have; else Norwegian bokmål.
 */
export function initialLanguage(
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, hospital policy); the browser's choice is fine then.
  }
  for (const tag of browserLanguages) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return defaultLanguage;
}

export function rememberLanguage(language: Language) {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // See initialLanguage.
  }
  document.documentElement.lang = language;
}

// Each language and namespace is its own small chunk, fetched when first needed.
const locales = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

/**
 * Formatters the texts use beyond i18next's own: `{{items, lowercase}}` for words that are
 * capitalised alone but not mid-sentence in Norwegian (language names: «Snakker norsk»).
 */
export function addFormatters(instance: typeof i18n) {
  instance.services.formatter?.add('lowercase', (value: unknown, lng?: string) =>
    String(value).toLocaleLowerCase(lng),
  );
}

export function initI18n(language: Language = initialLanguage()) {
  document.documentElement.lang = language;
  const ready = i18n
    .use(initReactI18next)
    .use(
      resourcesToBackend((lng: string, ns: string) => {
        const load = locales[`../locales/${lng}/${ns}.json`];
        if (!load) return Promise.reject(new Error(`No translations for ${lng}/${ns}`));
        return load().then((m) => m.default);
      }),
    )
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...languages],
      // The header's sign-in links and account menu are on every page's first screen: their texts
      // are common's (accountMenu), so their place does not change size when they come (ADR
      // 0026). The accounts pages' own texts come with those pages (features/accounts/routes.tsx).
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  addFormatters(i18n);
  return ready;
}

export { i18n };
