import type { SessionMember } from '@/lib/session';

/** Where a member goes after signing in: the waiting or suspension page, or where they wanted. */
export function landingFor(member: SessionMember, next?: string | null) {
  if (member.roles.includes('PENDING')) return '/waiting';
  if (member.roles.includes('SUSPENDED')) return '/suspended';
  if (next && next.startsWith('/') && !next.startsWith('//')) return next;
  return '/';
}
