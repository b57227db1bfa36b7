import {
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Switch,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { useSaveMentorProfile } from '../../api/mentors';
import { contactModes, shifts, type MentoringOptions, type MentorProfile } from '../../api/types';
import { ShiftCheckboxes } from '../shift-checkboxes';
import { TermCheckboxesField } from '../term-checkboxes';
import { useMentoringForm } from '../use-mentoring-form';
import { LiveAlert, ProblemAlert } from '@/components/ui/live-alert';

const schema = z.object({
  systemIds: z.array(z.number()),
  topicIds: z.array(z.number()),
  workplaceTypeIds: z.array(z.number()),
  regionIds: z.array(z.number()),
  languageIds: z.array(z.number()).min(1, 'languageRequired'),
  capacity: z.number({ error: 'capacity' }).int('capacity').min(1, 'capacity').max(20, 'capacity'),
  availability: z.array(z.enum(shifts)),
  contactMode: z.enum(contactModes),
  introduction: z.string().max(1000, 'tooLong'),
  paused: z.boolean(),
});
type Values = z.infer<typeof schema>;
const serverFields = [
  'systemIds',
  'topicIds',
  'workplaceTypeIds',
  'regionIds',
  'languageIds',
  'capacity',
  'introduction',
] as const;

/** The mentor profile: what the mentor knows, where, how many mentees, and an introduction. */
export function MentorProfileForm({
  profile,
  options,
}: {
  profile: MentorProfile | null;
  options: MentoringOptions;
}) {
  const { t } = useTranslation('mentoring');
  const save = useSaveMentorProfile();
  // Whether the last save was the opt-in (the profile prop is already the new one afterwards).
  const [optedIn, setOptedIn] = useState(false);
  const { control, register, message, serverErrors, problem, errors, submit } =
    useMentoringForm<Values>(schema, {
      systemIds: profile?.systems.map((s) => s.id) ?? [],
      topicIds: profile?.topics.map((s) => s.id) ?? [],
      workplaceTypeIds: profile?.workplaceTypes.map((s) => s.id) ?? [],
      regionIds: profile?.regions.map((s) => s.id) ?? [],
      languageIds:
        profile?.languages.map((s) => s.id) ??
        options.languages.filter((l) => l.code === 'nb').map((l) => l.id),
      capacity: profile?.capacity ?? 2,
      availability: profile?.availability ?? [],
      contactMode: profile?.contactMode ?? 'MESSAGES',
      introduction: profile?.introduction ?? '',
      paused: profile?.paused ?? false,
    });

  const onSubmit = (values: Values) =>
    save.mutate(
      { ...values, introduction: values.introduction.trim() || null },
      {
        onSuccess: () => setOptedIn(!profile),
        onError: serverErrors(serverFields),
      },
    );

  const terms = (
    name: 'systemIds' | 'topicIds' | 'workplaceTypeIds' | 'regionIds' | 'languageIds',
    legend: string,
    list: MentoringOptions['systems'],
  ) => (
    <TermCheckboxesField
      control={control}
      name={name}
      legend={legend}
      terms={list}
      message={message}
    />
  );

  return (
    <form className="hb-form" noValidate onSubmit={submit(onSubmit)}>
      {save.isSuccess && (
        <LiveAlert color="success">
          <Paragraph>{optedIn ? t('settings.optedIn') : t('common.saved')}</Paragraph>
          <Link to={`/mentoring/mentors/${save.data.memberId}`} className="ds-link">
            {t('settings.viewOwn')}
          </Link>
        </LiveAlert>
      )}
      <ProblemAlert call={save} text={problem} />
      {terms('systemIds', t('settings.systems'), options.systems)}
      {terms('topicIds', t('settings.topics'), options.topics)}
      {terms('workplaceTypeIds', t('settings.workplaceTypes'), options.workplaceTypes)}
      {terms('regionIds', t('settings.regions'), options.regions)}
      {terms('languageIds', t('settings.languages'), options.languages)}
      <Textfield
        type="number"
        inputMode="numeric"
        min={1}
        max={20}
        label={t('settings.capacity')}
        description={t('settings.capacityHint', { active: profile?.activeMentees ?? 0 })}
        error={message(errors.capacity)}
        {...register('capacity', { valueAsNumber: true })}
      />
      <Controller
        control={control}
        name="availability"
        render={({ field }) => (
          <ShiftCheckboxes
            legend={t('settings.availability')}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <Fieldset>
        <Fieldset.Legend>{t('settings.contactMode')}</Fieldset.Legend>
        {contactModes.map((mode) => (
          <Radio
            key={mode}
            label={t(`contact.${mode}`)}
            value={mode}
            {...register('contactMode')}
          />
        ))}
      </Fieldset>
      <Textfield
        multiline
        rows={5}
        label={t('settings.introduction')}
        description={t('settings.introductionHint')}
        error={message(errors.introduction)}
        {...register('introduction')}
      />
      <PatientDataNotice
        error={save.error}
        field="introduction"
        text={save.variables?.introduction}
      />
      {profile ? (
        <Switch
          label={t('settings.paused')}
          description={t('settings.pausedHint')}
          {...register('paused')}
        />
      ) : null}
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : profile ? t('common.save') : t('settings.optIn')}
        </Button>
      </div>
    </form>
  );
}
