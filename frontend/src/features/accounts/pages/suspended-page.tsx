import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { SessionMember } from '@/lib/session';
import { useSignOut } from '../hooks/use-sign-out';
import { AuthPage } from '../components/auth-page';
import { StatusPage } from '../components/status-page';

/** What a suspended member sees: until when, and why. */
export function SuspendedPage() {
  return (
    <StatusPage memberRole="SUSPENDED" path="/suspended">
      {(member) => <Suspended member={member} />}
    </StatusPage>
  );
}

function Suspended({ member }: { member: SessionMember }) {
  const { t } = useTranslation('accounts');
  const { language } = useLanguage();
  const signOut = useSignOut();
  return (
    <AuthPage title={t('suspended.title')}>
      <Alert data-color="warning">
        <Paragraph>
          {member.suspendedThrough
            ? t('suspended.through', { date: formatDate(member.suspendedThrough, language) })
            : member.suspendedUntil
              ? t('suspended.until', { date: formatDateTime(member.suspendedUntil, language) })
              : t('suspended.indefinitely')}
        </Paragraph>
      </Alert>
      {member.suspensionReason && (
        <section className="hb-stack">
          <Heading level={2} data-size="xs">
            {t('suspended.reason')}
          </Heading>
          <Paragraph>{member.suspensionReason}</Paragraph>
        </section>
      )}
      <Paragraph>{t('suspended.body')}</Paragraph>
      <Paragraph>{t('suspended.contact')}</Paragraph>
      <div className="hb-auth-form__actions">
        <Link to="/settings" className="ds-link">
          {t('accountMenu.settings', { ns: 'common' })}
        </Link>
        <Button variant="secondary" onClick={() => void signOut()}>
          {t('suspended.signOut')}
        </Button>
      </div>
    </AuthPage>
  );
}
