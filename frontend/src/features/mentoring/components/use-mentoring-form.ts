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
import { useProblemText } from '@/lib/forms/problem-text';
import { applyServerErrors, zodMessage } from '@/lib/forms/server-errors';

/**
 * A mentoring form checked by `schema`: react-hook-form with `errors` (the field errors),
 * `submit` (the form's onSubmit, given what to do with valid values), `message` (a field error's
 * text, the server's sentence or the zod code in mentoring's words) and `serverErrors` (an
 * onError that puts the server's field errors on `fields`).
 */
export function useMentoringForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
) {
  const { t } = useTranslation('mentoring');
  const problem = useProblemText('mentoring');
  const form = useForm<T>({
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    defaultValues,
  });
  const message = (e?: { type?: string; message?: string }) =>
    e?.type === 'server' ? e.message : zodMessage(t, e?.message);
  const serverErrors = (fields: readonly Path<T>[]) => (e: unknown) =>
    applyServerErrors(e, form.setError, fields, problem);
  // The form's onSubmit: checks the values, then hands them to `onValid`.
  const submit = (onValid: SubmitHandler<T>) => (e: FormEvent) =>
    void form.handleSubmit(onValid)(e);
  return { ...form, message, serverErrors, problem, errors: form.formState.errors, submit };
}
