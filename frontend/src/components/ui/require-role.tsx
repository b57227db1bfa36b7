import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { keptMember } from '@/lib/member-storage';
import { hasRole, useSession, type Role } from '@/lib/session';
import { useOnlineStatus } from '@/lib/use-online-status';
import { PageSkeleton } from './app-shell';

interface RequireRoleProps {
  /** Any one of these roles lets the member in. */
  roles: Role[];
  children: ReactNode;
  /**
   * The page can show what this browser kept for its member (ADR 0025): offline, while the session
   * cannot be restored, it is shown if a member's things are kept here, instead of a placeholder.
   */
  readableOffline?: boolean;
}

/**
 * Guards a page. Guests go to sign-in (and come back afterwards), members waiting for approval
 * see only the waiting page, suspended members their suspension; others without the role are told
 * they may not see the page.
 */
export function RequireRole({ roles, children, readableOffline = false }: RequireRoleProps) {
  const { status, member } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (status === 'loading') {
    return readableOffline && !online && keptMember() != null ? <>{children}</> : <PageSkeleton />;
  }
  if (!member) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (hasRole(member, ...roles)) return <>{children}</>;
  if (member.roles.includes('PENDING')) return <Navigate to="/waiting" replace />;
  if (member.roles.includes('SUSPENDED')) return <Navigate to="/suspended" replace />;
  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('forbidden.title')}
      </Heading>
      <Paragraph>{t('forbidden.body')}</Paragraph>
    </article>
  );
}
