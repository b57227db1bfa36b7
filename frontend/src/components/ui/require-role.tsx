import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { hasRole, useSession, type Role } from '@/lib/session';
import { PageSkeleton } from './app-shell';

interface RequireRoleProps {
  /** Any one of these roles lets the member in. */
  roles: Role[];
  children: ReactNode;
}

/**
 * Guards a page. Guests go to sign-in (and come back afterwards), members waiting for approval
 * see only the waiting page, suspended members their suspension; others without the role are told
 * they may not see the page.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { status, member } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (status === 'loading') return <PageSkeleton />;
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
