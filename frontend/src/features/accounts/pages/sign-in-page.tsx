import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from '@/lib/forms/zod';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { fetchOidcInfo, signIn, toSession } from '../api/auth';
import { AuthPage } from '../components/auth-page';
import { landingFor } from '../components/session-redirect';

const schema = z.object({
  email: z.string().trim().min(1, 'required').max(254, 'tooLong'),
  password: z.string().min(1, 'required').max(256, 'tooLong'),
  code: z.string().trim().max(20, 'tooLong').optional(),
});
type Values = z.infer<typeof schema>;

export function SignInPage() {
  const { t } = useTranslation('accounts');
  const { member, establish } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [needsCode, setNeedsCode] = useState(false);
  const [formError, setFormError] = useState<string | null>(params.get('oidc'));
  const oidc = useQuery({
    queryKey: ['accounts', 'oidc'],
    queryFn: fetchOidcInfo,
    staleTime: Infinity,
  });
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });

  useEffect(() => {
    if (needsCode) setFocus('code');
  }, [needsCode, setFocus]);

  if (member && !isSubmitting) return <Navigate to={landingFor(member, next)} replace />;

  const onSubmit = async (values: Values) => {
    setFormError(null);
    try {
      const view = await signIn({
        email: values.email,
        password: values.password,
        code: needsCode && values.code ? values.code : undefined,
      });
      if ('secondFactorRequired' in view) {
        setNeedsCode(true);
        return;
      }
      establish(toSession(view));
      void navigate(landingFor(view.member, next), { replace: true });
    } catch (e) {
      const code = e instanceof ApiError ? e.problem.code : 'network';
      setFormError(code ?? 'generic');
      // Back to what to correct: the code when it was asked for, else the password.
      setFocus(needsCode ? 'code' : 'password', { shouldSelect: true });
    }
  };

  const fieldError = (key?: string) =>
    key
      ? t(`errors.${key}` as 'errors.required', { defaultValue: t('errors.generic') })
      : undefined;

  return (
    <AuthPage title={t('signIn.title')}>
      <Paragraph>{t('signIn.lead')}</Paragraph>
      {formError && (
        <Alert data-color="danger" role="alert">
          {t(`errors.${formError}` as 'errors.generic', { defaultValue: t('errors.generic') })}
        </Alert>
      )}
      <form
        className="hb-auth-form"
        noValidate
        onSubmit={(e) => {
          if (isSubmitting) {
            e.preventDefault();
            return;
          }
          void handleSubmit(onSubmit)(e);
        }}
      >
        <Textfield
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          error={fieldError(errors.email?.message)}
          {...register('email')}
        />
        <Textfield
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          error={fieldError(errors.password?.message)}
          {...register('password')}
        />
        {needsCode && (
          <Textfield
            label={t('fields.code')}
            description={t('fields.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            error={fieldError(errors.code?.message)}
            {...register('code')}
          />
        )}
        <div className="hb-auth-form__actions">
          <Button type="submit" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
          <Link to="/forgot-password" className="ds-link">
            {t('signIn.forgot')}
          </Link>
        </div>
      </form>
      {oidc.data?.enabled && (
        <Paragraph>
          <a
            className="ds-link"
            href={`/api/v1/auth/oidc/start${next ? `?next=${encodeURIComponent(next)}` : ''}`}
          >
            {t('signIn.oidc', { name: oidc.data.name })}
          </a>
        </Paragraph>
      )}
      <Paragraph>
        {t('signIn.noAccount')}{' '}
        <Link to="/register" className="ds-link">
          {t('signIn.register')}
        </Link>
      </Paragraph>
    </AuthPage>
  );
}
