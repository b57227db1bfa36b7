import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { ApiError, NetworkError } from '../api-client';
import { applyServerErrors } from './server-errors';

describe('applyServerErrors', () => {
  beforeEach(() => initTestI18n('nb'));

  it('puts a field error on the field it names and reports the code', () => {
    const setError = vi.fn();
    const error = new ApiError(422, {
      status: 422,
      code: 'validation',
      errors: [
        { field: 'body', code: 'required' },
        { field: 'elsewhere', code: 'required' },
      ],
    });
    const result = applyServerErrors<{ body: string }>(error, setError, ['body']);
    expect(result).toEqual({ code: 'validation', matched: true });
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith('body', { type: 'server', message: expect.any(String) });
  });

  it('calls a failure without an answer from the server "network"', () => {
    const setError = vi.fn();
    expect(applyServerErrors(new NetworkError(new TypeError('offline')), setError, [])).toEqual({
      code: 'network',
      matched: false,
    });
    expect(setError).not.toHaveBeenCalled();
  });

  it('calls a 5xx without a code "server"', () => {
    expect(applyServerErrors(new ApiError(503, { status: 503 }), vi.fn(), [])).toEqual({
      code: 'server',
      matched: false,
    });
  });
});
