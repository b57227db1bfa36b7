import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage, languageOfTag } from './i18n';

describe('the first language', () => {
  afterEach(() => window.localStorage.clear());

  it('follows a browser that prefers nynorsk', () => {
    expect(initialLanguage(['nn-NO', 'nb-NO', 'en'])).toBe('nn');
  });

  it('reads the bare Norwegian tag as bokmål', () => {
    expect(initialLanguage(['no', 'en'])).toBe('nb');
  });

  it('takes the first language it has, skipping those it has not', () => {
    expect(initialLanguage(['sv-SE', 'de', 'en-US', 'nb'])).toBe('en');
  });

  it('is bokmål when the browser names none of ours', () => {
    expect(initialLanguage(['pl', 'ar'])).toBe('nb');
  });

  it('keeps the choice made on this device over the browser', () => {
    window.localStorage.setItem('helsebro.language', 'en');
    expect(initialLanguage(['nn'])).toBe('en');
  });

  it('knows nynorsk by every tag a browser uses for it', () => {
    expect(['nn', 'nn-NO', 'NN-no', 'no-NN'].map(languageOfTag)).toEqual(['nn', 'nn', 'nn', 'nn']);
  });
});
