import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCodeNotFetched, reportCaughtError } from './report-caught-error';

const notFetched = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost/assets/reply-composer-x.js',
);

describe('reportCaughtError', () => {
  afterEach(() => vi.restoreAllMocks());

  it("knows the browsers' words for a dynamic import whose file did not come", () => {
    expect(isCodeNotFetched(notFetched)).toBe(true);
    expect(isCodeNotFetched(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isCodeNotFetched(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(
      isCodeNotFetched(new TypeError("Cannot read properties of undefined (reading 'x')")),
    ).toBe(false);
    expect(isCodeNotFetched(new Error('Failed to fetch dynamically imported module'))).toBe(false);
  });

  it('keeps quiet about code not fetched offline, and reports it online and every other error', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    const online = vi.spyOn(navigator, 'onLine', 'get');

    online.mockReturnValue(false);
    reportCaughtError(notFetched, { componentStack: '\n    at ReplyComposer' });
    expect(console).not.toHaveBeenCalled();
    const other = new Error('a bug');
    reportCaughtError(other, {});
    expect(console).toHaveBeenLastCalledWith(other, '');

    online.mockReturnValue(true);
    reportCaughtError(notFetched, { componentStack: '\n    at ReplyComposer' });
    expect(console).toHaveBeenLastCalledWith(notFetched, '\n    at ReplyComposer');
  });
});
