import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasRole, useSession } from '@/lib/session';
import { useAfterMainContent } from '@/lib/use-after-main-content';
import { useLiveNotifications } from '../api/live';
import { useUnreadCount } from '../api/notifications';
import '../notifications.css';

/**
 * The header's bell: a link to the notification centre with the unread count, kept live by the
 * notification stream while an active member is signed in. It comes once the page's own content
 * is there (ADR 0021): its texts, its count and its stream wait for the page the member opened.
 */
export function NotificationBell() {
  const { member } = useSession();
  const active = hasRole(member, 'ADVISOR');
  const shown = useAfterMainContent(active);
  // The bell's place is kept while it waits, so nothing in the header moves when it comes.
  const place = <span className="hb-bell" aria-hidden="true" />;
  if (!shown) return active ? place : null;
  return (
    <Suspense fallback={place}>
      <Bell />
    </Suspense>
  );
}

function Bell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount(true);
  useLiveNotifications(true);
  const count = unread.data?.unread ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="hb-bell"
      aria-label={count > 0 ? t('bell.labelUnread', { count }) : t('bell.label')}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.5L4 16v1h16v-1l-2-3.5V9a6 6 0 0 0-6-6zm0 19a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22z"
          fill="currentColor"
        />
      </svg>
      {count > 0 && (
        <span className="hb-bell__count" aria-hidden="true" data-testid="unread-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
