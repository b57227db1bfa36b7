import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Switch,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { RequireRole } from '@/components/ui/require-role';
import { useDocumentTitle } from '@/lib/use-document-title';
import {
  useMentoringOptions,
  useMyMentorProfile,
  useOptOut,
  useSaveMentorProfile,
} from '../api/mentors';
import { contactModes, shifts, type MentoringOptions, type MentorProfile } from '../api/types';
import { applyServerErrors, zodMessage } from '@/lib/forms/server-errors';
import { MentoringNav } from '../components/mentoring-nav';
import { ShiftCheckboxes } from '../components/shift-checkboxes';
import { TermCheckboxes } from '../components/term-checkboxes';
import '../mentoring.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { useProblemText } from '@/lib/forms/problem-text';

export function SettingsPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Settings />
    </RequireRole>
  );
}

function Settings() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('settings.title'));
  const profile = useMyMentorProfile();
  const options = useMentoringOptions();
  const optOut = useOptOut();
  return (
    <div className="hb-stack hb-narrow">
      <Heading level={1} data-size="lg">
        {t('settings.title')}
      </Heading>
      <MentoringNav />
      {profile.isPending || options.isPending ? (
        <ListSkeleton />
      ) : profile.isError || options.isError ? (
        <LoadError
          ns="mentoring"
          error={profile.error ?? options.error}
          retry={() => {
            void profile.refetch();
            void options.refetch();
          }}
        />
      ) : (
        <>
          <Paragraph>{profile.data ? t('settings.leadMentor') : t('settings.leadNew')}</Paragraph>
          {optOut.isSuccess && !profile.data ? (
            <Alert data-color="success" role="status">
              {t('settings.optedOut')}
            </Alert>
          ) : null}
          <ProfileForm profile={profile.data} options={options.data} />
          {profile.data ? <OptOut memberId={profile.data.memberId} optOut={optOut} /> : null}
        </>
      )}
    </div>
  );
}

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

function ProfileForm({
  profile,
  options,
}: {
  profile: MentorProfile | null;
  options: MentoringOptions;
}) {
  const { t } = useTranslation('mentoring');
  const save = useSaveMentorProfile();
  const problem = useProblemText('mentoring');
  // Whether the last save was the opt-in (the profile prop is already the new one afterwards).
  const [optedIn, setOptedIn] = useState(false);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
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
    },
  });
  const message = (e?: { type?: string; message?: string }) =>
    e?.type === 'server' ? e.message : zodMessage(t, e?.message);

  const onSubmit = (values: Values) =>
    save.mutate(
      { ...values, introduction: values.introduction.trim() || null },
      {
        onSuccess: () => setOptedIn(!profile),
        onError: (e) => applyServerErrors(e, setError, serverFields, problem),
      },
    );

  const terms = (
    name: 'systemIds' | 'topicIds' | 'workplaceTypeIds' | 'regionIds' | 'languageIds',
    legend: string,
    list: MentoringOptions['systems'],
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TermCheckboxes
          legend={legend}
          terms={list}
          value={field.value}
          onChange={field.onChange}
          error={message(fieldState.error)}
        />
      )}
    />
  );

  return (
    <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
      {save.isSuccess && (
        <Alert data-color="success" role="status">
          <Paragraph>{optedIn ? t('settings.optedIn') : t('common.saved')}</Paragraph>
          <Link to={`/mentoring/mentors/${save.data.memberId}`} className="ds-link">
            {t('settings.viewOwn')}
          </Link>
        </Alert>
      )}
      {save.isError && (
        <Alert data-color="danger" role="alert">
          {problem(save.error)}
        </Alert>
      )}
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

function OptOut({ memberId, optOut }: { memberId: number; optOut: ReturnType<typeof useOptOut> }) {
  const { t } = useTranslation('mentoring');
  const problem = useProblemText('mentoring');
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="hb-stack hb-danger-zone" aria-labelledby={`hb-optout-${memberId}`}>
      <Heading level={2} data-size="sm" id={`hb-optout-${memberId}`}>
        {t('settings.optOutTitle')}
      </Heading>
      <Paragraph>{t('settings.optOutBody')}</Paragraph>
      {optOut.isError && (
        <Alert data-color="danger" role="alert">
          {problem(optOut.error)}
        </Alert>
      )}
      <div className="hb-actions">
        {confirming ? (
          <>
            <Button data-color="danger" onClick={() => optOut.mutate()} disabled={optOut.isPending}>
              {t('settings.optOutConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </>
        ) : (
          <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
            {t('settings.optOut')}
          </Button>
        )}
      </div>
    </section>
  );
}
