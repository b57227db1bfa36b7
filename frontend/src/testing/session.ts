import type { EstablishedSession, SessionMember } from '@/lib/session';

/** For tests: an active advisor's session (Kari, member 1), changed by `member`. */
export function testSession(
  accessToken = 'token',
  member: Partial<SessionMember> = {},
): EstablishedSession {
  return {
    accessToken,
    member: {
      id: 1,
      displayName: 'Kari',
      email: 'kari@example.no',
      status: 'ACTIVE',
      roles: ['ADVISOR'],
      language: 'nb',
      ...member,
    },
  };
}
