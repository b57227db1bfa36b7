import { Button } from '@digdir/designsystemet-react';
import type { FormEventHandler, ReactNode } from 'react';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';

/** One written entry of a mentorship (a message, a check-in): who and when, then the text. */
export function MentorshipEntry({
  className,
  meta,
  text,
}: {
  className: string;
  meta: ReactNode;
  text: string;
}) {
  return (
    <li className={className}>
      <p className="hb-message__meta">{meta}</p>
      <p className="hb-prewrap">{text}</p>
    </li>
  );
}

/**
 * The form that adds an entry (a message, a check-in, a goal): its fields, the patient-data
 * explanation when the server refused `notice.field` for it, and the submit button.
 */
export function EntryForm({
  onSubmit,
  notice,
  pending,
  submitLabel,
  variant,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  notice: { error: unknown; field: string; text: string | null | undefined };
  pending: boolean;
  submitLabel: string;
  variant?: 'primary' | 'secondary';
  children: ReactNode;
}) {
  return (
    <form className="hb-form" noValidate onSubmit={onSubmit}>
      {children}
      <PatientDataNotice error={notice.error} field={notice.field} text={notice.text} />
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
