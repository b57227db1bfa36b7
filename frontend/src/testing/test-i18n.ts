import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addFormatters, type Language } from '@/lib/i18n';

const locales = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', {
  eager: true,
});

/** All translations loaded up front; a missing key throws so that tests fail on it. */
export async function initTestI18n(language: Language = 'nb') {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(locales)) {
    const [, lng, ns] = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
    if (!lng || !ns) continue;
    (resources[lng] ??= {})[ns] = module.default;
  }
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources,
    defaultNS: 'common',
    ns: Object.keys(resources.nb ?? {}),
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => {
      throw new Error(`Missing translation ${ns}:${key}`);
    },
  });
  addFormatters(i18n);
  return i18n;
}
