import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/field-errors';

/**
 * Puts the server's field errors on the form's fields (by the name the server gives), so the
 * member sees them where they typed; fields the form does not have are left to the form-level
 * message.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  text: (error: unknown) => string,
) {
  if (!(error instanceof ApiError)) return;
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.field as Path<T>;
    if (fields.includes(field)) {
      const message = fieldError.code ? fieldErrorText(fieldError) : text(error);
      setError(field, { type: 'server', message });
    }
  }
}

/** The translated message of a zod error code such as "required" or "tooLong". */
export function zodMessage(
  t: (key: 'errors.required') => string,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  return t(`errors.${message}` as 'errors.required');
}
