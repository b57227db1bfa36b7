import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { useSession } from '@/lib/session';
import { AuthPage } from '../components/auth-page';
import {
  DeleteSection,
  ExportSection,
  SessionsSection,
} from '../components/settings/account-sections';
import { LanguageSection } from '../components/settings/language-section';
import { PasswordSection } from '../components/settings/password-section';
import { TwoFactorSection } from '../components/two-factor-section';

export function SettingsPage() {
  return (
    <RequireRole roles={['ADVISOR', 'PENDING', 'SUSPENDED']}>
      <Settings />
    </RequireRole>
  );
}

function Settings() {
  const { t } = useTranslation('accounts');
  const { member } = useSession();
  const active = !!member?.roles.includes('ADVISOR');
  return (
    <AuthPage title={t('settings.title')}>
      <LanguageSection />
      <PasswordSection />
      {active && <TwoFactorSection />}
      <SessionsSection />
      <ExportSection />
      <DeleteSection />
    </AuthPage>
  );
}
