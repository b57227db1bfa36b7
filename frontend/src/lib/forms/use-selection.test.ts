import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pageOf, useSelection } from './use-selection';

describe('useSelection', () => {
  it('ticks and unticks one id, all ids, or none', () => {
    const { result } = renderHook(() => useSelection());
    act(() => result.current.set(3, true));
    act(() => result.current.set(4, true));
    act(() => result.current.set(3, false));
    expect([...result.current.ids]).toEqual([4]);
    act(() => result.current.setAll([1, 2]));
    expect(result.current.has(1) && result.current.has(2) && !result.current.has(4)).toBe(true);
    act(() => result.current.clear());
    expect(result.current.ids.size).toBe(0);
  });
});

describe('pageOf', () => {
  it('gives the rows of one page, the last one short', () => {
    const rows = [1, 2, 3, 4, 5];
    expect(pageOf(rows, 0, 2)).toEqual([1, 2]);
    expect(pageOf(rows, 2, 2)).toEqual([5]);
    expect(pageOf(rows, 3, 2)).toEqual([]);
  });
});
