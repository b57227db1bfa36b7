import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageSkeleton } from '@/components/ui/app-shell';
import { useSession } from '@/lib/session';
import { useSignOut } from '../hooks/use-sign-out';
import { AuthPage } from '../components/auth-page';

/** The only page a member waiting for a coordinator's approval can see. */
export function WaitingPage() {
  const { t } = useTranslation('accounts');
  const { status, member } = useSession();
  const signOut = useSignOut();
  if (status === 'loading') return <PageSkeleton />;
  if (!member) return <Navigate to="/sign-in?next=%2Fwaiting" replace />;
  if (!member.roles.includes('PENDING')) return <Navigate to="/" replace />;
  return (
    <AuthPage title={t('waiting.title')}>
      <Paragraph data-size="lg">{t('waiting.lead', { name: member.displayName })}</Paragraph>
      <Paragraph>{t('waiting.body')}</Paragraph>
      <Paragraph>{t('waiting.meanwhile')}</Paragraph>
      <div>
        <Button variant="secondary" onClick={() => void signOut()}>
          {t('waiting.signOut')}
        </Button>
      </div>
    </AuthPage>
  );
}
