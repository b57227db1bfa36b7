import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatNumber, formatWhen } from './format';

const now = new Date('2026-11-25T12:00:00Z');

describe('formatWhen', () => {
  it('says hours ago in Norwegian within the last week', () => {
    expect(formatWhen('2026-11-25T09:00:00Z', 'nb', now)).toBe('for 3 timer siden');
  });

  it('says hours ago in English within the last week', () => {
    expect(formatWhen('2026-11-25T09:00:00Z', 'en', now)).toBe('3 hours ago');
  });

  it('gives an absolute Norwegian date after a week', () => {
    expect(formatWhen('2026-11-01T10:00:00Z', 'nb', now)).toBe('1. nov. 2026');
  });

  it('uses Norwegian time for the date, not UTC', () => {
    // 23:30 UTC on 31 October is already 1 November in Oslo (UTC+1 in winter).
    expect(formatDate('2026-10-31T23:30:00Z', 'en')).toBe('1 Nov 2026');
  });
});

describe('formatNumber', () => {
  it('groups thousands the Norwegian way', () => {
    expect(formatNumber(12345, 'nb')).toBe('12\u00a0345');
  });
});

describe('formatters made once', () => {
  it('keeps one per language: a member who changes language gets dates in the new one', () => {
    expect(formatDate('2026-11-01T10:00:00Z', 'nb')).toBe('1. nov. 2026');
    expect(formatDate('2026-11-01T10:00:00Z', 'en')).toBe('1 Nov 2026');
    expect(formatDate('2026-11-01T10:00:00Z', 'nb')).toBe('1. nov. 2026');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'nb')).toBe('12\u00a0345');
  });
});

describe('prepareFormatters', () => {
  it('makes the relative-time, date and number formatters in idle moments of their own, once', async () => {
    vi.resetModules();
    const fresh = await import('./format');
    const waiting: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => waiting.push(run));
    // Intl's constructors, counting what is made (put back at the end).
    const made = { relative: 0, date: 0, number: 0 };
    const original = {
      RelativeTimeFormat: Intl.RelativeTimeFormat,
      DateTimeFormat: Intl.DateTimeFormat,
      NumberFormat: Intl.NumberFormat,
    };
    Object.assign(Intl, {
      RelativeTimeFormat: class extends original.RelativeTimeFormat {
        constructor(...args: ConstructorParameters<typeof Intl.RelativeTimeFormat>) {
          super(...args);
          made.relative++;
        }
      },
      DateTimeFormat: class extends original.DateTimeFormat {
        constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
          super(...args);
          made.date++;
        }
      },
      NumberFormat: class extends original.NumberFormat {
        constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
          super(...args);
          made.number++;
        }
      },
    });
    const counts = () => [made.relative, made.date, made.number];

    fresh.prepareFormatters('nn');
    expect(counts()).toEqual([0, 0, 0]); // nothing before the main thread is idle
    waiting.shift()!();
    expect(counts()).toEqual([1, 0, 0]);
    waiting.shift()!();
    expect(counts()).toEqual([1, 1, 0]);
    waiting.shift()!();
    expect(counts()).toEqual([1, 1, 1]);
    expect(waiting).toHaveLength(0);

    // The page's formatting finds them made.
    fresh.formatWhen('2026-11-01T10:00:00Z', 'nn', new Date('2026-11-02T10:00:00Z'));
    fresh.formatDate('2026-01-01T10:00:00Z', 'nn');
    fresh.formatNumber(1234, 'nn');
    expect(counts()).toEqual([1, 1, 1]);
    Object.assign(Intl, original);
  });
});
