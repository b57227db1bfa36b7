import { Field, Label, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { useMentoringForm } from '../use-mentoring-form';
import { ProblemAlert } from '@/components/ui/live-alert';
import { QuerySection } from '@/components/ui/section';
import { EntryForm } from './entry';
import { useAddGoal, useGoals, useUpdateGoal } from '../../api/mentorships';
import { goalStatuses, type GoalStatus } from '../../api/types';

/** The mentorship's goals with their status (changeable while active), and a form to add one. */
const goalSchema = z.object({ title: z.string().trim().min(1, 'required').max(300, 'tooLong') });

export function Goals({ id, active }: { id: number; active: boolean }) {
  const { t } = useTranslation('mentoring');
  const goals = useGoals(id);
  const add = useAddGoal(id);
  const update = useUpdateGoal(id);
  const base = useId();
  const { register, reset, message, serverErrors, problem, errors, submit } = useMentoringForm<{
    title: string;
  }>(goalSchema, { title: '' });
  const onSubmit = (values: { title: string }) =>
    add.mutate(values.title, {
      onSuccess: () => reset({ title: '' }),
      onError: serverErrors(['title']),
    });
  const color: Record<GoalStatus, 'neutral' | 'info' | 'success'> = {
    OPEN: 'neutral',
    IN_PROGRESS: 'info',
    DONE: 'success',
  };
  return (
    <QuerySection
      id="hb-goals"
      title={t('space.goalsTitle')}
      size="sm"
      lead={<ProblemAlert call={update} text={problem} />}
      query={goals}
      ns="mentoring"
      rows={1}
      empty={t('space.goalsEmpty')}
      render={(list) => (
        <ul className="hb-plain-list hb-goals">
          {list.map((g) => (
            <li key={g.id} className="hb-goal">
              <span className="hb-goal__title">{g.title}</span>
              {active ? (
                <Field className="hb-goal__status">
                  <Label htmlFor={`${base}-goal-${g.id}`} className="hb-visually-hidden">
                    {t('space.goalStatus', { title: g.title })}
                  </Label>
                  <Select
                    id={`${base}-goal-${g.id}`}
                    data-size="sm"
                    value={g.status}
                    onChange={(e) =>
                      update.mutate({ goalId: g.id, status: e.target.value as GoalStatus })
                    }
                  >
                    {goalStatuses.map((s) => (
                      <option key={s} value={s}>
                        {t(`space.goalStatuses.${s}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ) : (
                <Tag data-color={color[g.status]}>{t(`space.goalStatuses.${g.status}`)}</Tag>
              )}
            </li>
          ))}
        </ul>
      )}
    >
      {active && (
        <EntryForm
          onSubmit={submit(onSubmit)}
          notice={{ error: add.error, field: 'title', text: add.variables }}
          pending={add.isPending}
          submitLabel={t('space.addGoal')}
          variant="secondary"
        >
          <Textfield label={t('space.goal')} error={message(errors.title)} {...register('title')} />
        </EntryForm>
      )}
    </QuerySection>
  );
}
