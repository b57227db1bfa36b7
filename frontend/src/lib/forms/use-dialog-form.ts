import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * The form of a FormDialog: react-hook-form with the dialog's zod schema. `submit(onValid)` is the
 * dialog's onSubmit (FormDialog keeps the dialog open until the action succeeded); `open()`
 * starts the dialog empty again.
 */
export function useDialogForm<T extends FieldValues>(schema: z.ZodType, empty: T) {
  const form = useForm<T>({
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    defaultValues: empty as DefaultValues<T>,
  });
  return {
    form,
    submit: (onValid: (values: T) => void) => () => void form.handleSubmit(onValid)(),
    open: () => form.reset(empty),
  };
}
