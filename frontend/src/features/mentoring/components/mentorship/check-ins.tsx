import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { QueryState } from '@/components/ui/query-state';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useMentoringForm } from '../use-mentoring-form';
import { useAddCheckIn, useCheckIns } from '../../api/mentorships';

/** Today in Norway as yyyy-mm-dd, the value a date input wants. */
function osloToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

const checkInSchema = z.object({
  heldOn: z.string().min(1, 'required'),
  note: z.string().trim().min(1, 'required').max(1000, 'tooLong'),
});
type CheckInValues = z.infer<typeof checkInSchema>;

/** The meetings held, with a note each, and a form to record one (today by default). */
export function CheckIns({ id, active }: { id: number; active: boolean }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const checkIns = useCheckIns(id);
  const add = useAddCheckIn(id);
  const {
    register,
    handleSubmit,
    reset,
    message,
    serverErrors,
    formState: { errors },
  } = useMentoringForm<CheckInValues>(checkInSchema, { heldOn: osloToday(), note: '' });
  const onSubmit = (values: CheckInValues) =>
    add.mutate(values, {
      onSuccess: () => reset({ heldOn: osloToday(), note: '' }),
      onError: serverErrors(['heldOn', 'note']),
    });
  return (
    <section className="hb-stack" aria-labelledby="hb-checkins">
      <Heading level={2} data-size="sm" id="hb-checkins">
        {t('space.checkInsTitle')}
      </Heading>
      <QueryState
        query={checkIns}
        ns="mentoring"
        rows={1}
        empty={<Paragraph>{t('space.checkInsEmpty')}</Paragraph>}
        isEmpty={(list) => list.length === 0}
      >
        {(list) => (
          <ul className="hb-plain-list">
            {list.map((c) => (
              <li key={c.id} className="hb-checkin">
                <p className="hb-message__meta">
                  <strong>
                    <time dateTime={c.heldOn}>{formatDate(`${c.heldOn}T12:00:00Z`, language)}</time>
                  </strong>{' '}
                  {t('space.by', { name: c.createdBy.displayName })}
                </p>
                <p className="hb-prewrap">{c.note}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {active && (
        <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <Textfield
            type="date"
            label={t('space.checkInDate')}
            error={message(errors.heldOn)}
            {...register('heldOn')}
          />
          <Textfield
            multiline
            rows={2}
            label={t('space.checkInNote')}
            error={message(errors.note)}
            {...register('note')}
          />
          <PatientDataNotice error={add.error} field="note" text={add.variables?.note} />
          <div>
            <Button type="submit" variant="secondary" disabled={add.isPending}>
              {t('space.addCheckIn')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
