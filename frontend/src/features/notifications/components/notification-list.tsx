import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWhen } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useMarkRead } from '../api/notifications';
import type { NotificationItem } from '../api/types';

/** Notifications in a row about the same topic and of the same type, shown as one line. */
export interface NotificationGroup {
  key: string;
  /** The newest of the group, which it links to. */
  head: NotificationItem;
  items: NotificationItem[];
}

/** Groups consecutive notifications of one type about one topic ("3 new replies in …"). */
export function groupNotifications(items: NotificationItem[]): NotificationGroup[] {
  const groups: NotificationGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    const head = last?.head;
    if (
      last &&
      head &&
      item.topicId != null &&
      head.topicId === item.topicId &&
      head.type === item.type &&
      head.read === item.read
    ) {
      last.items.push(item);
    } else {
      groups.push({ key: String(item.id), head: item, items: [item] });
    }
  }
  return groups;
}

export function NotificationList({ items }: { items: NotificationItem[] }) {
  const groups = groupNotifications(items);
  return (
    <ul className="hb-notification-list" data-testid="notification-list">
      {groups.map((g) => (
        <NotificationRow key={g.key} group={g} />
      ))}
    </ul>
  );
}

function NotificationRow({ group }: { group: NotificationGroup }) {
  const { t } = useTranslation('notifications');
  const { language } = useLanguage();
  const markRead = useMarkRead();
  const newest = group.head;
  const count = group.items.length;
  const actor = newest.actorName || t('someone');
  const text =
    count > 1
      ? t(`grouped.${newest.type}` as 'grouped.REPLY_TO_MY_TOPIC', {
          count,
          title: newest.title,
          defaultValue: t(`type.${newest.type}` as 'type.REPLY_TO_MY_TOPIC', {
            actor,
            title: newest.title,
          }),
        })
      : t(`type.${newest.type}` as 'type.REPLY_TO_MY_TOPIC', { actor, title: newest.title });
  const unread = !newest.read;
  const open = () => {
    if (unread) group.items.forEach((i) => markRead.mutate(i.id));
  };
  return (
    <li className="hb-notification" data-unread={unread} data-testid="notification">
      <Link to={newest.link} className="ds-link" onClick={open}>
        {text}
      </Link>
      <span className="hb-notification__meta">
        {unread && <span>{t('unread')}</span>}
        <time dateTime={newest.createdAt}>{formatWhen(newest.createdAt, language)}</time>
        {unread && (
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => group.items.forEach((i) => markRead.mutate(i.id))}
            aria-label={t('markOneReadLabel', { text })}
          >
            {t('markOneRead')}
          </Button>
        )}
      </span>
    </li>
  );
}

export function EmptyNotifications() {
  const { t } = useTranslation('notifications');
  return (
    <Paragraph>
      {t('empty')}{' '}
      <Link to="/forum" className="ds-link">
        {t('emptyLink')}
      </Link>
    </Paragraph>
  );
}
