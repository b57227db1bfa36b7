import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/field-errors';

/** Puts the server's field errors on the fields they name; true when any matched. */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
) {
  if (!(error instanceof ApiError)) return false;
  let matched = false;
  for (const e of error.fieldErrors) {
    const field = fields.find((f) => f === e.field);
    if (field) {
      setError(field, { type: 'server', message: fieldErrorText(e) });
      matched = true;
    }
  }
  return matched;
}
