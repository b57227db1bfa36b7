import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLiveNotifications } from '../api/live';
import { useUnreadCount } from '../api/notifications';

/** The bell itself (NotificationBell shows it): the unread count, live from the stream. */
export function Bell() {
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
