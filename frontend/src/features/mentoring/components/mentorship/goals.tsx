import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { useProblemText } from '@/lib/forms/problem-text';
import { applyServerErrors, zodMessage } from '@/lib/forms/server-errors';
import { useAddGoal, useGoals, useUpdateGoal } from '../../api/mentorships';
import { goalStatuses, type GoalStatus } from '../../api/types';

/** The mentorship's goals with their status (changeable while active), and a form to add one. */
const goalSchema = z.object({ title: z.string().trim().min(1, 'required').max(300, 'tooLong') });

export function Goals({ id, active }: { id: number; active: boolean }) {
  const { t } = useTranslation('mentoring');
  const goals = useGoals(id);
  const add = useAddGoal(id);
  const update = useUpdateGoal(id);
  const problem = useProblemText('mentoring');
  const base = useId();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<{ title: string }>({
    resolver: zodResolver(goalSchema),
    defaultValues: { title: '' },
  });
  const onSubmit = (values: { title: string }) =>
    add.mutate(values.title, {
      onSuccess: () => reset({ title: '' }),
      onError: (e) => applyServerErrors(e, setError, ['title'], problem),
    });
  const color: Record<GoalStatus, 'neutral' | 'info' | 'success'> = {
    OPEN: 'neutral',
    IN_PROGRESS: 'info',
    DONE: 'success',
  };
  return (
    <section className="hb-stack" aria-labelledby="hb-goals">
      <Heading level={2} data-size="sm" id="hb-goals">
        {t('space.goalsTitle')}
      </Heading>
      {update.isError && (
        <Alert data-color="danger" role="alert">
          {problem(update.error)}
        </Alert>
      )}
      {goals.isPending ? (
        <ListSkeleton rows={1} />
      ) : goals.isError ? (
        <LoadError ns="mentoring" error={goals.error} retry={() => void goals.refetch()} />
      ) : goals.data.length === 0 ? (
        <Paragraph>{t('space.goalsEmpty')}</Paragraph>
      ) : (
        <ul className="hb-plain-list hb-goals">
          {goals.data.map((g) => (
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
      {active && (
        <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <Textfield
            label={t('space.goal')}
            error={
              errors.title?.type === 'server'
                ? errors.title.message
                : zodMessage(t, errors.title?.message)
            }
            {...register('title')}
          />
          <PatientDataNotice error={add.error} field="title" text={add.variables} />
          <div>
            <Button type="submit" variant="secondary" disabled={add.isPending}>
              {t('space.addGoal')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
