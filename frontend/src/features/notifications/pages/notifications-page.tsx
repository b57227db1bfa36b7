import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMarkAllRead, useNotifications } from '../api/notifications';
import { EmptyNotifications, NotificationList } from '../components/notification-list';
import '../notifications.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { PageTitle } from '@/components/ui/page-title';

/** The notification centre: newest first, grouped by topic, mark one or all read. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const query = useNotifications(page);
  const markAll = useMarkAllRead();
  const items = query.data?.items ?? [];
  const unread = query.data?.unread ?? 0;
  return (
    <div className="hb-stack">
      <PageTitle>{t('title')}</PageTitle>
      <div className="hb-notification-actions">
        <Paragraph data-size="sm" role="status" data-testid="unread-summary">
          {t('unreadSummary', { count: unread })}
        </Paragraph>
        <Button
          variant="secondary"
          data-size="sm"
          disabled={unread === 0 || markAll.isPending}
          onClick={() => markAll.mutate(undefined)}
        >
          {t('markAllRead')}
        </Button>
        <Link to="/notifications/settings" className="ds-link">
          {t('settingsLink')}
        </Link>
      </div>
      {query.isLoading ? <ListSkeleton height="3.5rem" /> : null}
      {query.isError ? (
        <LoadError ns="notifications" error={query.error} retry={() => void query.refetch()} />
      ) : null}
      {query.data && items.length === 0 ? <EmptyNotifications /> : null}
      {items.length > 0 ? <NotificationList items={items} /> : null}
      {query.data && (page > 0 || query.data.hasMore) ? (
        <nav aria-label={t('pager')} className="hb-notification-actions">
          {page > 0 ? (
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => setParams({ page: String(page) })}
            >
              {t('newer')}
            </Button>
          ) : null}
          {query.data.hasMore ? (
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => setParams({ page: String(page + 2) })}
            >
              {t('older')}
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
