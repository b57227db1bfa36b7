import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useSession } from '@/lib/session';
import { useNotificationSettings } from '../api/notifications';
import { SettingsForm } from '../components/settings-form';
import '../notifications.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { PageTitle } from '@/components/ui/page-title';

/** Which notifications come by e-mail, and when. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notifications');
  const { member } = useSession();
  const query = useNotificationSettings();
  return (
    <div className="hb-stack">
      <PageTitle>{t('settings.title')}</PageTitle>
      <Paragraph>{t('settings.lead')}</Paragraph>
      <Link to="/notifications" className="ds-link">
        {t('backToList')}
      </Link>
      {query.isLoading ? <ListSkeleton height="3.5rem" /> : null}
      {query.isError ? (
        <LoadError ns="notifications" error={query.error} retry={() => void query.refetch()} />
      ) : null}
      {query.data ? (
        <SettingsForm initial={query.data} isCoordinator={hasRole(member, 'COORDINATOR')} />
      ) : null}
    </div>
  );
}
