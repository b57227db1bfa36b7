import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Select,
  Skeleton,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { RequireRole } from '@/components/ui/require-role';
import { TextField } from '@/components/ui/text-field';
import { focusFirstError } from '@/lib/forms/focus-first-error';
import { ApiError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/forms/field-errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import {
  shiftPatterns,
  useMyProfile,
  useUpdateProfile,
  type MemberProfile,
  type ProfileInput,
} from '../api/profiles';
import { termName, termsOf, useTaxonomies, type TaxonomyKind } from '../api/taxonomies';
import { SelectField } from '../components/select-field';
import '../components/profiles.css';

interface FormValues {
  displayName: string;
  title: string;
  organisation: string;
  backgroundId: string;
  workplaceTypeId: string;
  regionId: string;
  countyId: string;
  systemsUsed: string[];
  systemsKnown: string[];
  expertise: string[];
  languages: string[];
  bio: string;
  shiftPattern: string;
}

function toForm(p: MemberProfile): FormValues {
  const ids = (terms: { id: number }[]) => terms.map((t) => String(t.id));
  return {
    displayName: p.displayName,
    title: p.title ?? '',
    organisation: p.organisation ?? '',
    backgroundId: p.background ? String(p.background.id) : '',
    workplaceTypeId: p.workplaceType ? String(p.workplaceType.id) : '',
    regionId: p.region ? String(p.region.id) : '',
    countyId: p.county ? String(p.county.id) : '',
    systemsUsed: ids(p.systemsUsed),
    systemsKnown: ids(p.systemsKnown),
    expertise: ids(p.expertise),
    languages: ids(p.languages),
    bio: p.bio ?? '',
    shiftPattern: p.shiftPattern ?? '',
  };
}

function toInput(v: FormValues): ProfileInput {
  const id = (s: string) => (s ? Number(s) : null);
  return {
    displayName: v.displayName,
    title: v.title || null,
    organisation: v.organisation || null,
    backgroundId: id(v.backgroundId),
    workplaceTypeId: id(v.workplaceTypeId),
    regionId: id(v.regionId),
    countyId: id(v.countyId),
    systemsUsed: v.systemsUsed.map(Number),
    systemsKnown: v.systemsKnown.map(Number),
    expertise: v.expertise.map(Number),
    languages: v.languages.map(Number),
    bio: v.bio || null,
    shiftPattern: (v.shiftPattern || null) as ProfileInput['shiftPattern'],
  };
}

export function EditProfilePage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <EditProfile />
    </RequireRole>
  );
}

function EditProfile() {
  const { t } = useTranslation('profiles');
  useDocumentTitle(t('edit.title'));
  const profile = useMyProfile();
  const taxonomies = useTaxonomies();
  if (profile.isPending || taxonomies.isPending) {
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('edit.title')}
        </Heading>
        <Skeleton variant="rectangle" height="20rem" />
      </article>
    );
  }
  if (profile.isError || taxonomies.isError) {
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('edit.title')}
        </Heading>
        <Alert data-color="danger" role="alert">
          {t('errors.network')}
        </Alert>
      </article>
    );
  }
  return <ProfileForm profile={profile.data} />;
}

const fieldNames: Path<FormValues>[] = [
  'displayName',
  'title',
  'organisation',
  'backgroundId',
  'workplaceTypeId',
  'regionId',
  'countyId',
  'bio',
  'shiftPattern',
];

function ProfileForm({ profile }: { profile: MemberProfile }) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  const { member, updateMember } = useSession();
  const taxonomies = useTaxonomies();
  const save = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const feedback = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    // The other fields are choices from lists; the server checks them.
    resolver: zodResolver(
      z.looseObject({
        displayName: z.string().min(1, t('errors.required')).max(100, t('errors.tooLong')),
        title: z.string().max(120, t('errors.tooLong')),
        organisation: z.string().max(200, t('errors.tooLong')),
        bio: z.string().max(2000, t('errors.tooLong')),
      }),
    ) as unknown as Resolver<FormValues>,
    defaultValues: toForm(profile),
  });
  const regionId = useWatch({ control, name: 'regionId' });
  const countyId = useWatch({ control, name: 'countyId' });
  const counties = termsOf(taxonomies.data, 'COUNTY').filter(
    (c) => !regionId || String(c.parentId) === regionId,
  );

  useEffect(() => {
    if (countyId && !counties.some((c) => String(c.id) === countyId)) setValue('countyId', '');
  }, [countyId, counties, setValue]);

  const message = (code?: string) =>
    t(`errors.${code ?? 'generic'}` as 'errors.generic', { defaultValue: t('errors.generic') });

  const onSubmit = async (values: FormValues) => {
    setSaved(false);
    setFormError(null);
    try {
      const result = await save.mutateAsync(toInput(values));
      if (member) updateMember({ ...member, displayName: result.displayName });
      setSaved(true);
      requestAnimationFrame(() => feedback.current?.focus());
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.length > 0) {
        for (const fe of e.fieldErrors) {
          const base = fe.field.replace(/\[\d+\]$/, '') as Path<FormValues>;
          if (
            fieldNames.includes(base) ||
            ['systemsUsed', 'systemsKnown', 'expertise', 'languages'].includes(base)
          ) {
            setError(base, { message: fieldErrorText(fe) });
          }
        }
        setFormError('fix');
        focusFirstError(formRef.current);
      } else {
        setFormError(e instanceof ApiError ? (e.problem.code ?? 'generic') : 'network');
        requestAnimationFrame(() => feedback.current?.focus());
      }
    }
  };

  const select = (
    name: 'backgroundId' | 'workplaceTypeId' | 'regionId',
    kind: TaxonomyKind,
    label: string,
  ) => (
    <SelectField label={label} error={errors[name]?.message} {...register(name)}>
      <Select.Option value="">{t('fields.none')}</Select.Option>
      {termsOf(taxonomies.data, kind).map((term) => (
        <Select.Option key={term.id} value={String(term.id)}>
          {termName(term, language)}
        </Select.Option>
      ))}
    </SelectField>
  );

  const checkboxes = (
    name: 'systemsUsed' | 'systemsKnown' | 'expertise' | 'languages',
    kind: TaxonomyKind,
    legend: string,
  ) => (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {errors[name] && (
        <Paragraph data-color="danger" role="alert">
          {errors[name]?.message}
        </Paragraph>
      )}
      <div className="hb-checkbox-grid">
        {termsOf(taxonomies.data, kind).map((term) => (
          <Checkbox
            key={term.id}
            label={termName(term, language)}
            value={String(term.id)}
            {...register(name)}
          />
        ))}
      </div>
    </Fieldset>
  );

  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('edit.title')}
      </Heading>
      <Paragraph>{t('edit.lead')}</Paragraph>
      <form
        ref={formRef}
        className="hb-profile-form"
        noValidate
        onSubmit={(e) => {
          if (isSubmitting) {
            e.preventDefault();
            return;
          }
          void handleSubmit(onSubmit, () => focusFirstError(formRef.current))(e);
        }}
      >
        <Textfield
          label={t('fields.displayName')}
          autoComplete="name"
          error={errors.displayName?.message}
          {...register('displayName')}
        />
        <PatientDataNotice
          error={save.error}
          field="displayName"
          text={save.variables?.displayName}
        />
        <Textfield
          label={t('fields.title')}
          description={t('fields.titleHint')}
          error={errors.title?.message}
          {...register('title')}
        />
        <PatientDataNotice error={save.error} field="title" text={save.variables?.title} />
        <Textfield
          label={t('fields.organisation')}
          autoComplete="organization"
          error={errors.organisation?.message}
          {...register('organisation')}
        />
        <PatientDataNotice
          error={save.error}
          field="organisation"
          text={save.variables?.organisation}
        />
        {select('backgroundId', 'BACKGROUND', t('fields.background'))}
        {select('workplaceTypeId', 'WORKPLACE_TYPE', t('fields.workplaceType'))}
        {select('regionId', 'REGION', t('fields.region'))}
        <SelectField
          label={t('fields.county')}
          error={errors.countyId?.message}
          {...register('countyId')}
        >
          <Select.Option value="">{t('fields.none')}</Select.Option>
          {counties.map((term) => (
            <Select.Option key={term.id} value={String(term.id)}>
              {termName(term, language)}
            </Select.Option>
          ))}
        </SelectField>
        {checkboxes('systemsUsed', 'SYSTEM', t('fields.systemsUsed'))}
        {checkboxes('systemsKnown', 'SYSTEM', t('fields.systemsKnown'))}
        {checkboxes('expertise', 'EXPERTISE', t('fields.expertise'))}
        {checkboxes('languages', 'LANGUAGE', t('fields.languages'))}
        <TextField
          multiline
          label={t('fields.bio')}
          description={t('fields.bioHint')}
          rows={5}
          limit={2000}
          error={errors.bio?.message}
          {...register('bio')}
        />
        <PatientDataNotice error={save.error} field="bio" text={save.variables?.bio} />
        <Fieldset>
          <Fieldset.Legend>{t('fields.shiftPattern')}</Fieldset.Legend>
          <Radio label={t('fields.none')} value="" {...register('shiftPattern')} />
          {shiftPatterns.map((s) => (
            <Radio key={s} label={t(`shift.${s}`)} value={s} {...register('shiftPattern')} />
          ))}
        </Fieldset>
        {/* The answer to Save appears next to it and takes the focus, wherever the page is. */}
        <div ref={feedback} tabIndex={-1} className="hb-stack hb-profile-feedback">
          {saved && (
            <Alert data-color="success" role="status">
              {t('edit.saved')}{' '}
              <Link to={`/members/${profile.id}`} className="ds-link">
                {t('edit.view')}
              </Link>
            </Alert>
          )}
          {formError && (
            <Alert data-color="danger" role="alert">
              {formError === 'fix' ? t('edit.fix') : message(formError)}
            </Alert>
          )}
        </div>
        <div>
          <Button type="submit" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('edit.saving') : t('edit.save')}
          </Button>
        </div>
      </form>
    </article>
  );
}
