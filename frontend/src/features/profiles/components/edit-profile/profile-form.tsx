import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/forms/field-errors';
import { focusFirstError } from '@/lib/forms/focus-first-error';
import { useSession } from '@/lib/session';
import { useLanguage } from '@/lib/use-language';
import { shiftPatterns, useUpdateProfile, type MemberProfile } from '../../api/profiles';
import { termName, termsOf, useTaxonomies, type TaxonomyKind } from '../../api/taxonomies';
import { SelectField } from '../select-field';
import { formFieldOf, toForm, toInput, type FormValues } from './profile-values';
import { LiveAlert } from '@/components/ui/live-alert';

/** The member's own profile: names, places, systems, languages, bio and shift pattern. */
export function ProfileForm({ profile }: { profile: MemberProfile }) {
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
          const field = formFieldOf(fe.field);
          if (field) setError(field, { message: fieldErrorText(fe) });
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
          <LiveAlert color="success" shown={saved}>
            {t('edit.saved')}{' '}
            <Link to={`/members/${profile.id}`} className="ds-link">
              {t('edit.view')}
            </Link>
          </LiveAlert>
          {formError && (
            <LiveAlert color="danger">
              {formError === 'fix' ? t('edit.fix') : message(formError)}
            </LiveAlert>
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
