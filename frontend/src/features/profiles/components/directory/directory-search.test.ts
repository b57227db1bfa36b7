import { describe, expect, it } from 'vitest';
import { searchOf } from './directory-search';

describe('searchOf', () => {
  it('keeps the filled-in fields and starts again at the first page', () => {
    expect(searchOf({ q: 'Kari', region: '4', system: '', page: '3' }).toString()).toBe(
      'q=Kari&region=4',
    );
  });
});
