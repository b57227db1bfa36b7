import { describe, expect, it } from 'vitest';
import { chosenFilters } from './mentor-filters';

describe('chosenFilters', () => {
  it('counts the chosen filters, not the name search, the order or the page', () => {
    expect(chosenFilters({ q: 'Kari', sort: 'newest', page: 2 })).toBe(0);
    expect(chosenFilters({ system: '3', region: '1', hasCapacity: 'true', q: 'Kari' })).toBe(3);
  });
});
