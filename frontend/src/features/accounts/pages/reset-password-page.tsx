import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from '@/lib/forms/zod';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { resetPassword } from '../api/auth';
import { applyServerErrors, errorText } from '@/lib/forms/server-errors';
import { AuthPage } from '../components/auth-page';
import { NewPasswordField, newPassword } from '../components/password-field';
import { useCodeText } from '../components/use-error-text';

const schema = z.object({ password: newPassword });
type Values = z.infer<typeof schema>;

export function ResetPasswordPage() {
  const { t } = useTranslation('accounts');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { clear } = useSession();
  const [done, setDone] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(token ? null : 'token-invalid');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });
  const message = useCodeText();

  const onSubmit = async ({ password }: Values) => {
    try {
      await resetPassword(token, password);
      clear();
      setDone(true);
    } catch (e) {
      const { code } = applyServerErrors(e, setError, ['password'] as const, (x) =>
        message(x.problem.code),
      );
      const onToken = e instanceof ApiError && e.fieldErrors.some((f) => f.field === 'token');
      if (onToken || !(e instanceof ApiError && e.fieldErrors.length))
        setLinkError(code ?? 'generic');
    }
  };

  if (done) {
    return (
      <AuthPage title={t('reset.doneTitle')}>
        <Alert data-color="success" role="status">
          <Paragraph>{t('reset.done')}</Paragraph>
        </Alert>
        <Link to="/sign-in" className="ds-link">
          {t('reset.signIn')}
        </Link>
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t('reset.title')}>
      {linkError && (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {message(linkError)}
          </Heading>
          <Link to="/forgot-password" className="ds-link">
            {t('reset.again')}
          </Link>
        </Alert>
      )}
      <Paragraph>{t('reset.lead')}</Paragraph>
      <form className="hb-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <NewPasswordField
          label={t('reset.password')}
          error={errorText(errors.password, message)}
          {...register('password')}
        />
        <div className="hb-auth-form__actions">
          <Button type="submit" disabled={isSubmitting || !token}>
            {t('reset.submit')}
          </Button>
        </div>
      </form>
    </AuthPage>
  );
}
