import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import {
  Controller,
  type Control,
  type FieldError,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form';
import type { Term } from '../api/types';
import { useTermName } from './use-term-name';

interface Props {
  legend: string;
  description?: string;
  terms: Term[];
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}

/** A group of checkboxes, one per taxonomy term, laid out in columns that fold on a phone. */
export function TermCheckboxes({ legend, description, terms, value, onChange, error }: Props) {
  const name = useTermName();
  const toggle = (id: number, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <Fieldset className="hb-choices">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <div className="hb-choices__grid">
        {terms.map((term) => (
          <Checkbox
            key={term.id}
            label={name(term)}
            value={String(term.id)}
            checked={value.includes(term.id)}
            onChange={(e) => toggle(term.id, e.target.checked)}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** TermCheckboxes as a field of a react-hook-form form, its error in the form's words. */
export function TermCheckboxesField<T extends FieldValues>({
  control,
  name,
  message,
  ...group
}: Omit<Props, 'value' | 'onChange' | 'error'> & {
  control: Control<T>;
  name: FieldPathByValue<T, number[]>;
  message: (error?: FieldError) => string | undefined;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TermCheckboxes
          {...group}
          value={field.value as number[]}
          onChange={field.onChange}
          error={message(fieldState.error)}
        />
      )}
    />
  );
}
