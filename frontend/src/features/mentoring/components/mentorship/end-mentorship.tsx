import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { HeadedSection } from '@/components/ui/section';
import { FormDialog } from '@/components/ui/form-dialog';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { TextField } from '@/components/ui/text-field';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useProblemText } from '@/lib/forms/problem-text';
import { useEndMentorship } from '../../api/mentorships';
import type { Mentorship } from '../../api/types';

/** Ending the mentorship, behind a dialog that asks for an optional reason. */
export function EndMentorship({ mentorship }: { mentorship: Mentorship }) {
  const { t } = useTranslation('mentoring');
  const end = useEndMentorship(mentorship.id);
  const problem = useProblemText('mentoring');
  const [open, setOpen] = useState(false);
  const dialog = useDialogForm(z.object({ reason: z.string() }), { reason: '' });
  return (
    <HeadedSection id="hb-end" title={t('space.endTitle')} size="sm" className="hb-danger-zone">
      <Paragraph>{t('space.endBody')}</Paragraph>
      <div>
        <Button
          variant="secondary"
          data-color="danger"
          aria-haspopup="dialog"
          onClick={() => {
            end.reset();
            dialog.open();
            setOpen(true);
          }}
        >
          {t('space.end')}
        </Button>
      </div>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('space.endTitle')}
        lead={t('space.endBody')}
        submitLabel={t('space.endConfirm')}
        danger
        busy={end.isPending}
        error={end.isError ? problem(end.error) : null}
        onSubmit={dialog.submit(({ reason }) =>
          end.mutate(reason, { onSuccess: () => setOpen(false) }),
        )}
      >
        <TextField
          multiline
          rows={2}
          limit={500}
          label={t('space.endReason')}
          description={t('space.endReasonHint', { name: mentorship.other.displayName })}
          {...dialog.form.register('reason')}
        />
        <PatientDataNotice error={end.error} field="reason" text={end.variables} />
      </FormDialog>
    </HeadedSection>
  );
}
