import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { confirmEmail, toSession, type SessionView } from '../api/auth';
import { AuthPage } from '../components/auth-page';
import { landingFor } from '../components/session-redirect';

// A link works once: remember the request per token, so a re-render never sends it twice.
const confirmations = new Map<string, Promise<SessionView>>();

export function ConfirmPage() {
  const { t } = useTranslation('accounts');
  const [params] = useSearchParams();
  const token = params.get('token');
  const { establish } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(token ? null : 'missing');

  useEffect(() => {
    if (!token) return;
    let request = confirmations.get(token);
    if (!request) {
      request = confirmEmail(token);
      confirmations.set(token, request);
    }
    let cancelled = false;
    request
      .then((view) => {
        if (cancelled) return;
        establish(toSession(view));
        void navigate(landingFor(view.member), {
          replace: true,
          state: { welcome: view.member.displayName },
        });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof ApiError ? (e.problem.code ?? 'generic') : 'network');
      });
    return () => {
      cancelled = true;
    };
  }, [token, establish, navigate]);

  if (!error) {
    return (
      <AuthPage title={t('confirm.title')}>
        <Paragraph role="status">
          <Spinner aria-hidden="true" data-size="sm" /> {t('confirm.working')}
        </Paragraph>
      </AuthPage>
    );
  }

  const text =
    error === 'missing'
      ? t('confirm.missing')
      : t(`errors.${error}` as 'errors.generic', { defaultValue: t('errors.generic') });
  return (
    <AuthPage title={t('confirm.title')}>
      <Alert data-color="danger" role="alert">
        <Heading level={2} data-size="xs">
          {t('confirm.failedTitle')}
        </Heading>
        <Paragraph>{text}</Paragraph>
      </Alert>
      <Paragraph>
        <Link to="/register" className="ds-link">
          {t('confirm.again')}
        </Link>
      </Paragraph>
      <Paragraph>
        <Link to="/sign-in" className="ds-link">
          {t('confirm.signIn')}
        </Link>
      </Paragraph>
    </AuthPage>
  );
}
