import type { DefaultValues, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { useSchemaForm } from '@/lib/forms/use-schema-form';

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
 * A profiles form checked by `schema` (useSchemaForm) with `problem` (a failed call's text) and
 * `message` (a field error's text).
 */
export function useProfilesForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
) {
  const problem = useProfilesProblem();
  const message = useFieldMessage();
  const form = useSchemaForm(schema, defaultValues);
  return { ...form, problem, message };
}
