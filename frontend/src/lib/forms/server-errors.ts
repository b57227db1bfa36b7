import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api-client';
import { fieldErrorText } from './field-errors';

/** What a refused submit left for the form-level message once the fields have theirs. */
export interface ServerErrors {
  /**
   * The problem's code; "network" when the server was not reached, "server" for a 5xx without
   * one.
   */
  code: string | undefined;
  /** True when at least one field error landed on a field of the form. */
  matched: boolean;
}

/**
 * Puts the server's field errors on the form's fields (by the name the server gives), so the
 * member sees them where they typed. A field error without a code (an older server) gets
 * `fallback`'s text, else the generic sentence; fields the form does not have are left to the
 * form-level message.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  fallback?: (error: ApiError) => string,
): ServerErrors {
  if (!(error instanceof ApiError)) return { code: 'network', matched: false };
  let matched = false;
  for (const fieldError of error.fieldErrors) {
    const field = fields.find((f) => f === fieldError.field);
    if (!field) continue;
    const message = fieldError.code || !fallback ? fieldErrorText(fieldError) : fallback(error);
    setError(field, { type: 'server', message });
    matched = true;
  }
  return { code: error.problem.code ?? (error.status >= 500 ? 'server' : undefined), matched };
}

/**
 * The text to show under a field: a server error is already a sentence in the member's language
 * (set by applyServerErrors); the form's own checks (zod) give a code to translate.
 */
export function errorText(
  error: Pick<FieldError, 'type' | 'message'> | undefined,
  translate: (code: string | undefined) => string | undefined,
): string | undefined {
  if (!error) return undefined;
  return error.type === 'server' ? error.message : translate(error.message);
}

/** The translated message of a zod error code such as "required" or "tooLong" (`errors.*`). */
export function zodMessage(
  t: (key: 'errors.required') => string,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  return t(`errors.${message}` as 'errors.required');
}
