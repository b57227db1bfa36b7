import { Field, Label, Select } from '@digdir/designsystemet-react';

/**
 * A labelled select of numbers (hours, days of the week): the value and the choices are
 * numbers, the texts are the caller's.
 */
export function NumberSelect({
  label,
  value,
  choices,
  text,
  onChange,
}: {
  label: string;
  value: number | null | undefined;
  choices: readonly number[];
  /** The text of one choice ("07:00", "Monday"). */
  text: (n: number) => string;
  onChange: (n: number) => void;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      <Select value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((n) => (
          <Select.Option key={n} value={String(n)}>
            {text(n)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
