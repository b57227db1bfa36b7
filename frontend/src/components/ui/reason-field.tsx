import type { UseFormRegisterReturn } from 'react-hook-form';
import { PatientDataNotice } from './patient-data-explanation';
import { TextField } from './text-field';

/**
 * A coordinator's free-text reason in a dialog (up to 500 characters, with a counter), with the
 * patient-data explanation under it when the server refused the text it was sent.
 */
export function ReasonField({
  label,
  description,
  error,
  id,
  registration,
  refusal,
  sent,
}: {
  label: string;
  description?: string;
  error?: string;
  id?: string;
  /** react-hook-form's `register('reason')`: its name is the field the server names. */
  registration: UseFormRegisterReturn;
  /** The last submit's error. */
  refusal: unknown;
  /** The text the last submit sent. */
  sent: string | null | undefined;
}) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        description={description}
        multiline
        rows={3}
        limit={500}
        error={error}
        {...registration}
      />
      <PatientDataNotice error={refusal} field={registration.name} text={sent} />
    </>
  );
}
