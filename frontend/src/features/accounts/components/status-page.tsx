import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { PageSkeleton } from '@/components/ui/app-shell';
import { useSession, type Role, type SessionMember } from '@/lib/session';

/**
 * The page of a member held at one status (waiting for approval, suspended), at `path`: guests
 * sign in first and come back here, a member without `memberRole` goes to the front page.
 */
export function StatusPage({
  memberRole,
  path,
  children,
}: {
  memberRole: Role;
  path: string;
  children: (member: SessionMember) => ReactNode;
}) {
  const { status, member } = useSession();
  if (status === 'loading') return <PageSkeleton />;
  if (!member) return <Navigate to={`/sign-in?next=${encodeURIComponent(path)}`} replace />;
  if (!member.roles.includes(memberRole)) return <Navigate to="/" replace />;
  return <>{children(member)}</>;
}
