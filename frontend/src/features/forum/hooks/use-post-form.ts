import { useEffect, useState } from 'react';
import {
  get,
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import type { z } from 'zod';
import { schemaResolver } from '@/lib/forms/use-schema-form';
import type { FormProblem } from '../components/problems';

/** What a post form shows above its button after a refused submit (field errors are on fields). */
export interface PostProblem {
  message: string;
  patientData: FormProblem['patientData'];
  /** The refusal marked fields: the line goes once they are all put right. */
  hadFields: boolean;
}

/**
 * The form state of a post form: react-hook-form with the form's zod schema holds the errors, the
 * form's own and the server's, by field, and the refusal's line and patient-data matches. When the
 * values live in a draft (browser and server), a draft replaced from outside (the server's newer
 * copy, a post given back from the outbox) resets the values, not the errors.
 */
export function usePostForm<T extends FieldValues>(
  schema: z.ZodType,
  /** `values` for a draft's values (kept in step), `defaultValues` for values the form owns. */
  source: { values: T } | { defaultValues: T },
) {
  const draft = 'values' in source ? source.values : undefined;
  const form = useForm<T>({
    resolver: schemaResolver<T>(schema),
    defaultValues: (draft ?? (source as { defaultValues: T }).defaultValues) as DefaultValues<T>,
  });
  // Not useForm's `values`: its reset on every keystroke would drop a field's re-check under way.
  useEffect(() => {
    if (draft && JSON.stringify(draft) !== JSON.stringify(form.getValues())) {
      form.reset(draft, { keepErrors: true, keepIsSubmitted: true, keepSubmitCount: true });
    }
  }, [draft, form]);
  const [problem, setProblem] = useState<PostProblem | null>(null);

  /** Puts a refused submit on the form: field errors on their fields, the rest above the button. */
  const showProblem = (p: FormProblem) => {
    form.clearErrors();
    for (const [field, message] of Object.entries(p.fields)) {
      form.setError(field as Path<T>, { type: 'server', message });
    }
    setProblem({
      message: p.message,
      patientData: p.patientData,
      hadFields: Object.keys(p.fields).length > 0,
    });
  };

  /** The form's own checks; when they fail, the fields show why and `message` sums it up. */
  const check = async (message: string) => {
    let valid = false;
    await form.handleSubmit(
      () => {
        valid = true;
      },
      () => setProblem({ message, patientData: null, hadFields: true }),
    )();
    return valid;
  };

  const error = (field: string) =>
    (get(form.formState.errors, field) as FieldError | undefined)?.message ?? null;
  const patientData = (field: string) =>
    problem?.patientData?.field === field ? problem.patientData.matches : null;

  return { form, problem, setProblem, showProblem, check, error, patientData };
}
