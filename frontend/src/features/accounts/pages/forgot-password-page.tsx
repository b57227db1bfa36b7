import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from '@/lib/forms/zod';
import { requestPasswordReset } from '../api/auth';
import { AuthPage } from '../components/auth-page';
import { LiveAlert } from '@/components/ui/live-alert';

const schema = z.object({
  email: z.string().trim().min(1, 'required').max(254, 'tooLong').email('email'),
});
type Values = z.infer<typeof schema>;

export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });

  const onSubmit = async ({ email }: Values) => {
    setFailed(false);
    try {
      await requestPasswordReset(email);
      setSentTo(email);
    } catch {
      setFailed(true);
    }
  };

  if (sentTo) {
    return (
      <AuthPage title={t('forgot.sentTitle')}>
        <LiveAlert color="success">
          <Heading level={2} data-size="xs">
            {t('forgot.sentTitle')}
          </Heading>
          <Paragraph>{t('forgot.sent', { email: sentTo })}</Paragraph>
        </LiveAlert>
        <Link to="/sign-in" className="ds-link">
          {t('forgot.back')}
        </Link>
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t('forgot.title')}>
      <Paragraph>{t('forgot.lead')}</Paragraph>
      <LiveAlert color="danger" shown={failed}>
        {t('errors.generic')}
      </LiveAlert>
      <form className="hb-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <Textfield
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          error={errors.email && t(`errors.${errors.email.message}` as 'errors.required')}
          {...register('email')}
        />
        <div className="hb-auth-form__actions">
          <Button type="submit" disabled={isSubmitting}>
            {t('forgot.submit')}
          </Button>
          <Link to="/sign-in" className="ds-link">
            {t('forgot.back')}
          </Link>
        </div>
      </form>
    </AuthPage>
  );
}
