import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SessionMember } from '@/lib/session';
import { useSignOut } from '../hooks/use-sign-out';
import { AuthPage } from '../components/auth-page';
import { StatusPage } from '../components/status-page';

/** The only page a member waiting for a coordinator's approval can see. */
export function WaitingPage() {
  return (
    <StatusPage memberRole="PENDING" path="/waiting">
      {(member) => <Waiting member={member} />}
    </StatusPage>
  );
}

function Waiting({ member }: { member: SessionMember }) {
  const { t } = useTranslation('accounts');
  const signOut = useSignOut();
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
