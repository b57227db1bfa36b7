import { describe, expect, it } from 'vitest';

const locales = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', {
  eager: true,
});

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>(
    (all, [key, v]) => ({ ...all, ...flatten(v, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

function byLanguage(language: string) {
  const keys: Record<string, unknown> = {};
  for (const [path, module] of Object.entries(locales)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] !== language) continue;
    for (const [key, value] of Object.entries(flatten(module.default)))
      keys[`${match[2]}:${key}`] = value;
  }
  return keys;
}

const namespaces = (language: string) =>
  Object.keys(locales)
    .map((path) => /locales\/(\w+)\/([\w-]+)\.json$/.exec(path))
    .filter((m) => m?.[1] === language)
    .map((m) => m?.[2])
    .sort();

const vars = (s: unknown) =>
  [...String(s).matchAll(/{{\s*(\w+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const nb = byLanguage('nb');

  // Norwegian bokmål is the source of keys; every other language has each of them, no more.
  describe.each(['en', 'nn'])('%s', (language) => {
    const other = byLanguage(language);

    it('has a file for every namespace of bokmål', () => {
      expect(namespaces(language)).toEqual(namespaces('nb'));
    });

    it('has every key of bokmål and no other', () => {
      expect(Object.keys(other).sort()).toEqual(Object.keys(nb).sort());
    });

    it('has no empty texts', () => {
      const empty = Object.entries(other).filter(
        ([, v]) => typeof v !== 'string' || v.trim() === '',
      );
      expect(empty).toEqual([]);
    });

    it('uses the same interpolation variables as bokmål', () => {
      const differing = Object.keys(nb).filter(
        (k) => JSON.stringify(vars(nb[k])) !== JSON.stringify(vars(other[k])),
      );
      expect(differing).toEqual([]);
    });
  });

  it('has no empty texts in bokmål', () => {
    const empty = Object.entries(nb).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('writes nynorsk, not a copy of bokmål', () => {
    // Texts that are the same word in both (names, «Forum», «Status for …») are fine; a
    // namespace that is mostly bokmål is not.
    const nn = byLanguage('nn');
    const same = Object.keys(nb).filter((k) => nb[k] === nn[k]).length;
    expect(same / Object.keys(nb).length).toBeLessThan(0.4);
    const bokmaalWords = /\b(ikke|hvordan|hva|hvorfor|hvis|jeg|noen|mye|fra|være|tjenesten)\b/i;
    expect(Object.entries(nn).filter(([, v]) => bokmaalWords.test(String(v)))).toEqual([]);
  });

  it('says every counted text in singular and plural (a _one and an _other form)', () => {
    // A bare number needs no plural: "Velg alle (3)", "Spam: 2".
    const bare = /(\({{count}}\)|: {{count}})$/;
    const counted = (all: Record<string, unknown>) =>
      Object.keys(all).filter(
        (k) => /{{\s*count\s*(,[^}]*)?}}/.test(String(all[k])) && !bare.test(String(all[k])),
      );
    const en = byLanguage('en');
    const nn = byLanguage('nn');
    const notPlural = [
      ...counted(nb).map((k) => `nb ${k}`),
      ...counted(en).map((k) => `en ${k}`),
      ...counted(nn).map((k) => `nn ${k}`),
    ]
      .filter((k) => !/_(zero|one|two|few|many|other)$/.test(k))
      .sort();
    expect(notPlural).toEqual([]);
    const unpaired = Object.keys(nb)
      .filter((k) => k.endsWith('_one'))
      .filter((k) => !(k.replace(/_one$/, '_other') in nb));
    expect(unpaired).toEqual([]);
  });
});
