import i18n from 'i18next';
import type { FieldError } from '../api-client';
import { formatNumber } from '../format';
import { defaultLanguage, isLanguage } from '../i18n';

/**
 * What a member is told about one wrong field: a sentence in their language that says what to do,
 * chosen by the field error's code (common:validation.*; docs/adr/0011). The server's own message
 * never reaches the page; a code without a text (an older server) gets the generic sentence.
 */
export function fieldErrorText(error: FieldError): string {
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  // Keys are built from the code, so the typed t() cannot check them; the tests walk them all.
  const translate = i18n.t.bind(i18n) as unknown as (key: string, o: object) => string;
  const t = (key: string, options: Record<string, unknown> = {}) =>
    translate(key, { ns: 'common', ...options });
  const known = (key: string) => i18n.exists(key, { ns: 'common' });
  if (error.code === 'format') {
    const key = `validation.format.${error.format ?? 'other'}`;
    return t(known(key) ? key : 'validation.format.other');
  }
  const key = `validation.${error.code ?? 'invalid'}`;
  return t(known(key) ? key : 'validation.invalid', {
    min: error.min == null ? '' : formatNumber(error.min, language),
    max: error.max == null ? '' : formatNumber(error.max, language),
  });
}
