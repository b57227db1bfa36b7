import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { z } from 'zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { ApiError } from '@/lib/api-client';
import { focusFirstError } from '@/lib/forms/focus-first-error';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import { register as registerMember } from '../api/auth';
import { applyServerErrors, errorText } from '@/lib/forms/server-errors';
import { AuthPage } from '../components/auth-page';
import { landingFor } from '../components/session-redirect';

const schema = z.object({
  displayName: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  email: z.string().trim().min(1, 'required').max(254, 'tooLong').email('email'),
  password: z.string().min(12, 'password-too-short').max(256, 'password-too-long'),
  organisation: z.string().trim().min(1, 'required').max(200, 'tooLong'),
});
type Values = z.infer<typeof schema>;
const fields = ['displayName', 'email', 'password', 'organisation'] as const;

export function RegisterPage() {
  const { t } = useTranslation('accounts');
  const { member } = useSession();
  const { language } = useLanguage();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ error: unknown; values: Values } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });

  if (member) return <Navigate to={landingFor(member)} replace />;

  const message = (code?: string) =>
    t(`errors.${code ?? 'generic'}` as 'errors.generic', { defaultValue: t('errors.generic') });

  const onSubmit = async (values: Values) => {
    setFormError(null);
    setRefused(null);
    try {
      const accepted = await registerMember({ ...values, language });
      setSentTo(accepted.email);
    } catch (e) {
      setRefused({ error: e, values });
      const { code } = applyServerErrors(e, setError, fields, (x) => message(x.problem.code));
      const onAField = e instanceof ApiError && e.fieldErrors.length > 0;
      if (!onAField) setFormError(code ?? 'generic');
      // The refusal is news: the focus goes to the first field to fix, or to the form's alert.
      focusFirstError(form.current);
    }
  };

  if (sentTo) {
    return (
      <AuthPage title={t('register.sentTitle')}>
        <Sent email={sentTo} />
        <Paragraph>{t('register.sentHint')}</Paragraph>
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t('register.title')}>
      <Paragraph>{t('register.lead')}</Paragraph>
      <form
        ref={form}
        className="hb-auth-form"
        noValidate
        onSubmit={(e) => void handleSubmit(onSubmit, () => focusFirstError(form.current))(e)}
      >
        {formError && (
          <Alert data-color="danger" role="alert">
            {message(formError)}
          </Alert>
        )}
        <Textfield
          label={t('fields.displayName')}
          description={t('fields.displayNameHint')}
          autoComplete="name"
          error={errorText(errors.displayName, message)}
          {...register('displayName')}
        />
        <PatientDataNotice
          error={refused?.error}
          field="displayName"
          text={refused?.values.displayName}
        />
        <Textfield
          label={t('fields.email')}
          description={t('fields.emailHint')}
          type="email"
          autoComplete="email"
          error={errorText(errors.email, message)}
          {...register('email')}
        />
        <Textfield
          label={t('fields.password')}
          description={t('fields.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          error={errorText(errors.password, message)}
          {...register('password')}
        />
        <Textfield
          label={t('fields.organisation')}
          description={t('fields.organisationHint')}
          autoComplete="organization"
          error={errorText(errors.organisation, message)}
          {...register('organisation')}
        />
        <PatientDataNotice
          error={refused?.error}
          field="organisation"
          text={refused?.values.organisation}
        />
        <div className="hb-auth-form__actions">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t('register.submitting') : t('register.submit')}
          </Button>
        </div>
      </form>
      <Paragraph>
        {t('register.haveAccount')}{' '}
        <Link to="/sign-in" className="ds-link">
          {t('register.signIn')}
        </Link>
      </Paragraph>
    </AuthPage>
  );
}

/** Replaces the form it answers, so it takes the focus (else focus would fall to the page). */
function Sent({ email }: { email: string }) {
  const { t } = useTranslation('accounts');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} data-color="success" role="status">
      <Heading level={2} data-size="xs">
        {t('register.sentTitle')}
      </Heading>
      <Paragraph>{t('register.sent', { email })}</Paragraph>
    </Alert>
  );
}
