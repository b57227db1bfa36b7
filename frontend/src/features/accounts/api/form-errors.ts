import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/field-errors';

/**
 * Puts the server's field errors on the form's fields (by the name the server gives), so the
 * member sees them where they typed. Returns the problem code for a form-level message.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  message: (code: string | undefined, field?: string) => string,
): string | undefined {
  if (!(error instanceof ApiError)) return 'network';
  const code = error.problem.code;
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.field as Path<T>;
    if (fields.includes(field)) {
      const text = fieldError.code ? fieldErrorText(fieldError) : message(code, fieldError.field);
      setError(field, { type: 'server', message: text });
    }
  }
  return code ?? (error.status >= 500 ? 'server' : undefined);
}

/**
 * The text to show under a field: a server error is already a sentence in the member's language
 * (set by applyServerErrors); the form's own checks give a code to translate.
 */
export function errorText(
  error: FieldError | undefined,
  translate: (code: string | undefined) => string,
): string | undefined {
  if (!error) return undefined;
  return error.type === 'server' ? error.message : translate(error.message);
}
