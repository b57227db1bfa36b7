import type { DefaultValues, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useProblemText } from '@/lib/forms/problem-text';
import { zodMessage } from '@/lib/forms/server-errors';
import { useSchemaForm } from '@/lib/forms/use-schema-form';

/**
 * A mentoring form checked by `schema` (useSchemaForm) with `problem` (a failed call's text, also
 * for a server field error without a code) and `message` (a field error's text, the server's
 * sentence or the zod code in mentoring's words).
 */
export function useMentoringForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
) {
  const { t } = useTranslation('mentoring');
  const problem = useProblemText('mentoring');
  const form = useSchemaForm(schema, defaultValues, problem);
  const message = (e?: { type?: string; message?: string }) =>
    e?.type === 'server' ? e.message : zodMessage(t, e?.message);
  return { ...form, message, problem };
}
