import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { useSaveNeeds } from '../../api/mentors';
import {
  maxMentorshipsAllowed,
  shifts,
  type MenteeNeeds,
  type MentoringOptions,
  type Term,
} from '../../api/types';
import { ShiftCheckboxes } from '../shift-checkboxes';
import { TermCheckboxesField } from '../term-checkboxes';
import { useTermName } from '../use-term-name';
import { useMentoringForm } from '../use-mentoring-form';
import { ProblemAlert } from '@/components/ui/live-alert';

const schema = z.object({
  systemIds: z.array(z.number()),
  topicIds: z.array(z.number()),
  goals: z.string().max(2000, 'tooLong'),
  workplaceTypeId: z.number().nullable(),
  regionId: z.number().nullable(),
  languageId: z.number().nullable(),
  availability: z.array(z.enum(shifts)),
  sameRegion: z.boolean(),
  sameBackground: z.boolean(),
  maxMentorships: z.number().int().min(1).max(maxMentorshipsAllowed),
});
type Values = z.infer<typeof schema>;
const serverFields = [
  'systemIds',
  'topicIds',
  'goals',
  'workplaceTypeId',
  'regionId',
  'languageId',
  'maxMentorships',
] as const;

/** What the member wants help with, where, when, and how many mentors at once. */
export function NeedsForm({ needs, options }: { needs: MenteeNeeds; options: MentoringOptions }) {
  const { t } = useTranslation('mentoring');
  const navigate = useNavigate();
  const save = useSaveNeeds();
  const name = useTermName();
  const base = useId();
  const { control, register, message, serverErrors, problem, errors, submit } =
    useMentoringForm<Values>(schema, {
      systemIds: needs.systems.map((s) => s.id),
      topicIds: needs.topics.map((s) => s.id),
      goals: needs.goals ?? '',
      workplaceTypeId: needs.workplaceType?.id ?? null,
      regionId: needs.region?.id ?? null,
      languageId: needs.language?.id ?? options.languages.find((l) => l.code === 'nb')?.id ?? null,
      availability: needs.availability,
      sameRegion: needs.sameRegion,
      sameBackground: needs.sameBackground,
      maxMentorships: needs.maxMentorships,
    });

  const onSubmit = (values: Values) =>
    save.mutate(
      { ...values, goals: values.goals.trim() || null },
      {
        onSuccess: () => void navigate('/mentoring'),
        onError: serverErrors(serverFields),
      },
    );

  const single = (
    field: 'workplaceTypeId' | 'regionId' | 'languageId',
    label: string,
    terms: Term[],
    description?: string,
  ) => (
    <Controller
      control={control}
      name={field}
      render={({ field: f, fieldState }) => (
        <Field>
          <Label htmlFor={`${base}-${field}`}>{label}</Label>
          {description ? <Field.Description>{description}</Field.Description> : null}
          <Select
            id={`${base}-${field}`}
            value={f.value == null ? '' : String(f.value)}
            onChange={(e) => f.onChange(e.target.value ? Number(e.target.value) : null)}
            onBlur={f.onBlur}
            aria-invalid={fieldState.error ? true : undefined}
          >
            <option value="">{t('needs.notChosen')}</option>
            {terms.map((term) => (
              <option key={term.id} value={String(term.id)}>
                {name(term)}
              </option>
            ))}
          </Select>
          {fieldState.error?.message ? (
            <ValidationMessage>{fieldState.error.message}</ValidationMessage>
          ) : null}
        </Field>
      )}
    />
  );

  return (
    <form className="hb-form" noValidate onSubmit={submit(onSubmit)}>
      <ProblemAlert call={save} text={problem} />
      <TermCheckboxesField
        control={control}
        name="systemIds"
        legend={t('needs.systems')}
        terms={options.systems}
        message={message}
      />
      <TermCheckboxesField
        control={control}
        name="topicIds"
        legend={t('needs.topics')}
        terms={options.topics}
        message={message}
      />
      <Textfield
        multiline
        rows={4}
        label={t('needs.goals')}
        description={t('needs.goalsHint')}
        error={message(errors.goals)}
        {...register('goals')}
      />
      <PatientDataNotice error={save.error} field="goals" text={save.variables?.goals} />
      {single(
        'workplaceTypeId',
        t('needs.workplaceType'),
        options.workplaceTypes,
        needs.updatedAt == null && needs.workplaceType ? t('needs.fromProfile') : undefined,
      )}
      {single(
        'regionId',
        t('needs.region'),
        options.regions,
        needs.updatedAt == null && needs.region ? t('needs.fromProfile') : undefined,
      )}
      {single('languageId', t('needs.language'), options.languages)}
      <Controller
        control={control}
        name="availability"
        render={({ field }) => (
          <ShiftCheckboxes
            legend={t('needs.availability')}
            description={t('needs.availabilityHint')}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <Fieldset>
        <Fieldset.Legend>{t('needs.preferences')}</Fieldset.Legend>
        <Checkbox label={t('needs.sameRegion')} {...register('sameRegion')} />
        <Checkbox
          label={t('needs.sameBackground')}
          description={
            needs.background
              ? t('needs.backgroundIs', { name: name(needs.background) })
              : t('needs.backgroundUnknown')
          }
          {...register('sameBackground')}
        />
      </Fieldset>
      <Field>
        <Label htmlFor={`${base}-maxMentorships`}>{t('needs.maxMentorships')}</Label>
        <Field.Description>{t('needs.maxMentorshipsHint')}</Field.Description>
        <Select
          id={`${base}-maxMentorships`}
          {...register('maxMentorships', { valueAsNumber: true })}
        >
          {Array.from({ length: maxMentorshipsAllowed }, (_, i) => i + 1).map((count) => (
            <option key={count} value={count}>
              {t('needs.mentorsAtOnce', { count })}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('needs.submit')}
        </Button>
      </div>
    </form>
  );
}
