import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { forwardRef, type ComponentProps, type ReactNode } from 'react';

type SelectFieldProps = ComponentProps<typeof Select> & {
  label: ReactNode;
  error?: ReactNode;
};

/** A labelled select with an optional error message (Designsystemet's Field pattern). */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, error, children, ...props },
  ref,
) {
  return (
    <Field>
      <Label>{label}</Label>
      <Select ref={ref} aria-invalid={error ? true : undefined} {...props}>
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
});
