import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import nbCommon from '../../locales/nb/common.json';
import enCommon from '../../locales/en/common.json';
import { fieldErrorText } from './field-errors';

type Texts = { [key: string]: string | Texts };

/** Every field error the server can send has a text here (ValidationCodesTest checks that). */
function codes(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : codes(value, `${prefix}${key}.`),
  );
}

function errorFor(key: string) {
  return key.startsWith('format.')
    ? { field: 'x', code: 'format', format: key.slice('format.'.length) }
    : { field: 'x', code: key, min: 3, max: 50000 };
}

describe('fieldErrorText', () => {
  for (const [language, common] of [
    ['nb', nbCommon],
    ['en', enCommon],
  ] as const) {
    describe(language, () => {
      beforeEach(async () => {
        await initTestI18n(language);
      });

      it.each(codes(common.validation as Texts))('says what to do for %s', (key) => {
        const text = fieldErrorText(errorFor(key));
        expect(text).not.toMatch(/{{|}}|validation\./);
        // A sentence: at least three words and a full stop.
        expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(3);
        expect(text).toMatch(/[.!]$/);
        if (key !== 'invalid' && key !== 'validation' && key !== 'format.other') {
          expect(text).not.toBe(fieldErrorText({ field: 'x', code: 'invalid' }));
        }
      });
    });
  }

  it('shows the limit in the reader’s number format, never the server’s message', async () => {
    await initTestI18n('nb');
    const wire = {
      field: 'body',
      code: 'too-long',
      max: 50000,
      message: 'size must be between 0 and 50000',
    };
    const text = fieldErrorText(wire);
    expect(text).toBe('Teksten er for lang. Kort den ned til høyst 50\u00a0000 tegn.');
    expect(text).not.toContain('size must');
  });

  it('falls back to the general sentence for a code it does not know', async () => {
    await initTestI18n('en');
    expect(fieldErrorText({ field: 'x', code: 'something-new' })).toBe(
      'This value does not fit here. Check the field and try again.',
    );
    expect(fieldErrorText({ field: 'x', code: 'format', format: 'new-format' })).toBe(
      'The value is not in the right form. Check the field and try again.',
    );
  });
});
