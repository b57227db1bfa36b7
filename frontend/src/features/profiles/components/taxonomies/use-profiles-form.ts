import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type SubmitHandler,
} from 'react-hook-form';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/forms/server-errors';

/** A failed call in the profiles' words: the problem's code, else network or generic. */
export function useProfilesProblem() {
  const { t } = useTranslation('profiles');
  return (e: unknown) => {
    const code = e instanceof ApiError ? (e.problem.code ?? 'generic') : 'network';
    return t(`errors.${code}` as 'errors.generic', { defaultValue: t('errors.generic') });
  };
}

/** A field's error as text: the server's sentence, or the zod code in the profiles' words. */
function useFieldMessage() {
  const { t } = useTranslation('profiles');
  return (e?: { type?: string; message?: string }) =>
    !e?.message
      ? undefined
      : e.type === 'server'
        ? e.message
        : t(`errors.${e.message}` as 'errors.required');
}

/**
 * A profiles form checked by `schema`: react-hook-form with `errors` (the field errors),
 * `submit` (the form's onSubmit, given what to do with valid values), `problem` (a failed
 * call's text), `message` (a field error's text) and `serverErrors` (an onError that puts the
 * server's field errors on `fields`).
 */
export function useProfilesForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
) {
  const problem = useProfilesProblem();
  const message = useFieldMessage();
  const form = useForm<T>({
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    defaultValues,
  });
  const serverErrors = (fields: readonly Path<T>[]) => (e: unknown) =>
    applyServerErrors(e, form.setError, fields);
  // The form's onSubmit: checks the values, then hands them to `onValid`.
  const submit = (onValid: SubmitHandler<T>) => (e: FormEvent) =>
    void form.handleSubmit(onValid)(e);
  return { ...form, problem, message, serverErrors, errors: form.formState.errors, submit };
}
