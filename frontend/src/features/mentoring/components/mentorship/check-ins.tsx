import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { QuerySection } from '@/components/ui/section';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useMentoringForm } from '../use-mentoring-form';
import { EntryForm, MentorshipEntry } from './entry';
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
  const { register, reset, message, serverErrors, errors, submit } =
    useMentoringForm<CheckInValues>(checkInSchema, { heldOn: osloToday(), note: '' });
  const onSubmit = (values: CheckInValues) =>
    add.mutate(values, {
      onSuccess: () => reset({ heldOn: osloToday(), note: '' }),
      onError: serverErrors(['heldOn', 'note']),
    });
  return (
    <QuerySection
      id="hb-checkins"
      title={t('space.checkInsTitle')}
      size="sm"
      query={checkIns}
      ns="mentoring"
      rows={1}
      empty={t('space.checkInsEmpty')}
      render={(list) => (
        <ul className="hb-plain-list">
          {list.map((c) => (
            <MentorshipEntry
              key={c.id}
              className="hb-checkin"
              meta={
                <>
                  <strong>
                    <time dateTime={c.heldOn}>{formatDate(`${c.heldOn}T12:00:00Z`, language)}</time>
                  </strong>{' '}
                  {t('space.by', { name: c.createdBy.displayName })}
                </>
              }
              text={c.note}
            />
          ))}
        </ul>
      )}
    >
      {active && (
        <EntryForm
          onSubmit={submit(onSubmit)}
          notice={{ error: add.error, field: 'note', text: add.variables?.note }}
          pending={add.isPending}
          submitLabel={t('space.addCheckIn')}
          variant="secondary"
        >
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
        </EntryForm>
      )}
    </QuerySection>
  );
}
