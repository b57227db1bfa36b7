import { describe, expect, it } from 'vitest';
import { paramsOf, queryOf } from './audit-filters';

describe('audit filters and the page URL', () => {
  it('reads the filters in force, leaving out empty ones and the page', () => {
    const params = new URLSearchParams('action=post.hidden&actor=&targetId=7&page=2');
    expect(queryOf(params)).toEqual({ action: 'post.hidden', targetId: '7' });
  });

  it('writes the applied filters trimmed, without empty ones, back on page one', () => {
    expect(
      paramsOf({ action: '', actor: ' kari ', targetType: 'tag', from: '2026-01-01' }).toString(),
    ).toBe('actor=kari&targetType=tag&from=2026-01-01');
  });
});
