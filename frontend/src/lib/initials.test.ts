import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of the first and last name', () => {
    expect(initials('Kari Nordmann')).toBe('KN');
    expect(initials('  åse  marie  øvrebø ')).toBe('ÅØ');
  });

  it('copes with one name and with none', () => {
    expect(initials('Kari')).toBe('K');
    expect(initials('')).toBe('?');
  });
});
