import { describe, expect, it } from 'vitest';
import { chosenFilters } from './list-filters';

describe('chosenFilters', () => {
  const questions = ['unanswered', 'mySystems', 'sort', 'system', 'workplaceType'] as const;

  it('counts nothing for a page with only its own defaults and an order', () => {
    expect(chosenFilters([...questions], new URLSearchParams('sort=activity&page=2'))).toBe(0);
  });

  it('counts each chosen filter once, "my systems" as the system filter', () => {
    const chosen = new URLSearchParams('unanswered=false&mySystems=true&workplaceType=sykehjem');
    expect(chosenFilters([...questions], chosen)).toBe(3);
    expect(chosenFilters([...questions], new URLSearchParams('system=dips'))).toBe(1);
  });

  it('leaves out what the page does not show', () => {
    expect(chosenFilters(['sort', 'kind'], new URLSearchParams('kind=QUESTION&format=VIDEO'))).toBe(
      1,
    );
  });
});
