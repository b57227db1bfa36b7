import { describe, expect, it } from 'vitest';
import { chosenSettings } from './health-filters';

describe('chosenSettings', () => {
  it('counts what narrows or regroups the dashboard, not its own defaults', () => {
    expect(chosenSettings({})).toBe(0);
    expect(chosenSettings({ by: 'WEEK' })).toBe(0);
    expect(chosenSettings({ by: 'MONTH' })).toBe(1);
    expect(chosenSettings({ from: '2026-01-01', to: '2026-06-30', region: '4', by: 'WEEK' })).toBe(
      3,
    );
  });
});
