import { zodResolver } from '@hookform/resolvers/zod';
import type { FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type SubmitHandler,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../api-client';
import { applyServerErrors } from './server-errors';

/** A zod schema as react-hook-form's resolver for values of type T (their generics do not meet). */
export function schemaResolver<T extends FieldValues>(schema: z.ZodType): Resolver<T> {
  return zodResolver(schema as never) as unknown as Resolver<T>;
}

/**
 * A form checked by `schema`: react-hook-form with `errors` (the field errors), `submit` (the
 * form's onSubmit, given what to do with valid values) and `serverErrors` (an onError that puts
 * the server's field errors on `fields`; one without a code in `fallback`'s words, if given).
 */
export function useSchemaForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
  fallback?: (error: ApiError) => string,
) {
  const form = useForm<T>({ resolver: schemaResolver<T>(schema), defaultValues });
  const serverErrors = (fields: readonly Path<T>[]) => (e: unknown) =>
    applyServerErrors(e, form.setError, fields, fallback);
  // The form's onSubmit: checks the values, then hands them to `onValid`.
  const submit = (onValid: SubmitHandler<T>) => (e: FormEvent) =>
    void form.handleSubmit(onValid)(e);
  return { ...form, serverErrors, errors: form.formState.errors, submit };
}
