import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { QuerySection } from '@/components/ui/section';
import { formatWhen } from '@/lib/format';
import { useProblemText } from '@/lib/forms/problem-text';
import { applyServerErrors } from '@/lib/forms/server-errors';
import { useLanguage } from '@/lib/use-language';
import { useSaveWeights, useWeights } from '../../api/coordination';
import { factors, type Factor, type MatchingWeights } from '../../api/types';
import { LiveAlert, ProblemAlert } from '@/components/ui/live-alert';

/** The matching weights a coordinator tunes, one whole number per factor. */
export function WeightsForm() {
  const { t } = useTranslation('mentoring');
  const weights = useWeights();
  return (
    <QuerySection
      id="hb-weights"
      title={t('cohort.weightsTitle')}
      lead={<Paragraph>{t('cohort.weightsLead')}</Paragraph>}
      query={weights}
      ns="mentoring"
      rows={1}
      render={(current) => <WeightFields current={current} />}
    />
  );
}

type Values = Record<Factor, string>;

/** Each factor's weight as typed: a whole number from 0 to `max`. */
export function weightsSchema(max: number) {
  const weight = z
    .string()
    .refine((v) => v !== '' && Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= max);
  return z.object(
    Object.fromEntries(factors.map((f) => [f, weight])) as Record<Factor, typeof weight>,
  );
}

function WeightFields({ current }: { current: MatchingWeights }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const save = useSaveWeights();
  const problem = useProblemText('mentoring');
  const schema = useMemo(() => weightsSchema(current.max), [current.max]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: Object.fromEntries(
      factors.map((f) => [f, String(current.weights[f] ?? 0)]),
    ) as Values,
  });
  const onSubmit = (values: Values) =>
    save.mutate(
      Object.fromEntries(factors.map((f) => [f, Number(values[f])])) as Record<Factor, number>,
      { onError: (e) => applyServerErrors(e, setError, factors, problem) },
    );
  const shown = save.data ?? current;
  return (
    <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
      <LiveAlert color="success" shown={save.isSuccess}>
        {t('cohort.weightsSaved')}
      </LiveAlert>
      <ProblemAlert call={save} text={problem} />
      <div className="hb-weights">
        {factors.map((f) => (
          <Textfield
            key={f}
            type="number"
            inputMode="numeric"
            min={0}
            max={current.max}
            label={t(`factor.${f}`)}
            error={
              errors[f]?.type === 'server'
                ? errors[f].message
                : errors[f]
                  ? t('errors.weight-range')
                  : undefined
            }
            {...register(f)}
          />
        ))}
      </div>
      {shown.updatedAt && shown.updatedBy ? (
        <Paragraph data-size="sm">
          {t('cohort.weightsUpdated', {
            when: formatWhen(shown.updatedAt, language),
            name: shown.updatedBy.displayName,
          })}
        </Paragraph>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('cohort.saveWeights')}
        </Button>
      </div>
    </form>
  );
}
