import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSession } from '@/lib/session';
import { AuthPage } from '../components/auth-page';
import { RegisterForm } from '../components/register-form';
import { landingFor } from '../components/session-redirect';

export function RegisterPage() {
  const { t } = useTranslation('accounts');
  const { member } = useSession();
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (member) return <Navigate to={landingFor(member)} replace />;

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
      <RegisterForm onSent={setSentTo} />
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
