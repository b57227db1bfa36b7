import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { schemaResolver } from './use-schema-form';

/**
 * The form of a FormDialog: react-hook-form with the dialog's zod schema. `submit(onValid)` is the
 * dialog's onSubmit (FormDialog keeps the dialog open until the action succeeded); `open()`
 * starts the dialog empty again.
 */
export function useDialogForm<T extends FieldValues>(schema: z.ZodType, empty: T) {
  const form = useForm<T>({
    resolver: schemaResolver<T>(schema),
    defaultValues: empty as DefaultValues<T>,
  });
  return {
    form,
    submit: (onValid: (values: T) => void) => () => void form.handleSubmit(onValid)(),
    open: () => form.reset(empty),
  };
}
