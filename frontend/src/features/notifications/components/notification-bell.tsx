import { lazy, Suspense } from 'react';
import { hasRole, useSession } from '@/lib/session';
import { useAfterMainContent } from '@/lib/use-after-main-content';
// With the first load's styles: the bell's place is kept at its size before its code comes.
import '../notifications.css';

// Its code (the count, the stream) comes when it is shown: a guest never loads it.
const Bell = lazy(() => import('./bell').then((m) => ({ default: m.Bell })));

/**
 * The header's bell: a link to the notification centre with the unread count, kept live by the
 * notification stream while an active member is signed in. It comes once the page's own content
 * is there (ADR 0021): its code, texts, count and stream wait for the page the member opened.
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
