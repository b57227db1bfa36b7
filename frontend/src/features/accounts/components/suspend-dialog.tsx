import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { errorText } from '@/lib/forms/server-errors';
import { useDialogForm } from '@/lib/forms/use-dialog-form';

const schema = z.object({
  lastDay: z.string(),
  reason: z.string().trim().min(1, 'reasonRequired').max(500, 'tooLong'),
});
export type Suspension = z.infer<typeof schema>;

/**
 * Suspending a member: the last day (empty: until someone lifts it) and the reason the member
 * will see. The server can refuse the reason for patient data; the explanation is under it.
 */
export function SuspendDialog({
  name,
  open,
  onClose,
  onSuspend,
  busy,
  error,
  refusal,
}: {
  name: string;
  open: boolean;
  onClose: () => void;
  onSuspend: (suspension: { reason: string; lastDay: string | null }) => void;
  busy: boolean;
  /** The refusal, already in words. */
  error: string | null;
  /** The failed call and the reason it sent, for the patient-data explanation. */
  refusal: { error: unknown; reason: string | undefined };
}) {
  const { t } = useTranslation('accounts');
  const { form, submit } = useDialogForm<Suspension>(schema, { lastDay: '', reason: '' });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('memberAccounts.suspendTitle', { name })}
      submitLabel={t('memberAccounts.confirmSuspend')}
      danger
      busy={busy}
      error={error}
      // The day itself, not a time: the server ends the suspension when the next Norwegian day
      // begins, whatever this browser's time zone.
      onSubmit={submit(({ reason, lastDay }) => onSuspend({ reason, lastDay: lastDay || null }))}
    >
      <Textfield
        label={t('memberAccounts.until')}
        description={t('memberAccounts.untilHint')}
        type="date"
        {...register('lastDay')}
      />
      <Textfield
        label={t('memberAccounts.reason')}
        multiline
        rows={3}
        maxLength={500}
        error={errorText(errors.reason, (code) =>
          code === 'reasonRequired'
            ? t('memberAccounts.reasonRequired')
            : code && t(`errors.${code}` as 'errors.generic'),
        )}
        {...register('reason')}
      />
      <PatientDataNotice error={refusal.error} field="reason" text={refusal.reason} />
    </FormDialog>
  );
}
