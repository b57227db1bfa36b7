import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { NetworkError, setAccessToken } from './api-client';
import type { Language } from './i18n';
import { forgetKeptMember, rememberKeptMember } from './member-storage';

/** Roles as the access token carries them (see backend Roles). */
export type Role = 'ADVISOR' | 'MENTOR' | 'COORDINATOR' | 'PENDING' | 'SUSPENDED';

export type MemberStatus =
  'PENDING_EMAIL' | 'PENDING_APPROVAL' | 'ACTIVE' | 'SUSPENDED' | 'DELETED';

/** The signed-in member, as GET /api/v1/me describes them. */
export interface SessionMember {
  id: number;
  displayName: string;
  email: string;
  status: MemberStatus;
  roles: Role[];
  language: Language;
  /** Present while suspended: until when and why. */
  suspendedUntil?: string | null;
  /** The last Norwegian day of the suspension (yyyy-mm-dd), when it ends at a day's end. */
  suspendedThrough?: string | null;
  /** Two-factor sign-in is on. */
  twoFactorEnabled?: boolean;
  /** Holds the coordinator role; it is in `roles` only with two-factor sign-in on (ADR 0103). */
  coordinator?: boolean;
  suspensionReason?: string | null;
}

export interface EstablishedSession {
  accessToken: string;
  member: SessionMember;
}

type SessionState =
  | { status: 'loading'; member: null }
  | { status: 'anonymous'; member: null }
  | { status: 'signed-in'; member: SessionMember };

interface SessionContextValue {
  status: SessionState['status'];
  member: SessionMember | null;
  /** After sign-in, registration or a refresh: keep the token in memory and the member in state. */
  establish: (session: EstablishedSession) => void;
  /**
   * Update the member (after a profile or language change) without a new token; ignored unless
   * that member is the one signed in (a late answer after sign-out).
   */
  updateMember: (member: SessionMember) => void;
  /** Forget the session locally (the accounts feature revokes it on the server first). */
  clear: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * The session as last established or cleared, for code that runs outside React before a page
 * renders (route loaders, src/lib/route-prefetch.ts): undefined while it is not known yet.
 */
let known: SessionMember | null | undefined;
let waiting: ((member: SessionMember | null) => void)[] = [];

function noteSession(member: SessionMember | null) {
  known = member;
  const resolve = waiting;
  waiting = [];
  resolve.forEach((r) => r(member));
}

/**
 * Resolves with the member (null for a guest) as soon as the session is known, with the access
 * token already in the API client; at once when it is known already. While restoring it has lost
 * the connection (ADR 0020) it waits until the session is restored.
 */
export function whenSessionKnown(): Promise<SessionMember | null> {
  if (known !== undefined) return Promise.resolve(known);
  return new Promise((resolve) => waiting.push(resolve));
}

interface SessionProviderProps {
  /** Restores a session from the refresh-token cookie when the app starts; null if there is none. */
  restore: () => Promise<EstablishedSession | null>;
  children: ReactNode;
}

export function SessionProvider({ restore, children }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>({ status: 'loading', member: null });

  const establish = useCallback((session: EstablishedSession) => {
    setAccessToken(session.accessToken);
    // Another member's offline copies and waiting posts go before this member's session starts.
    rememberKeptMember(session.member.id);
    noteSession(session.member);
    setState({ status: 'signed-in', member: session.member });
  }, []);

  // Only while that member is still signed in: an answer that arrives after sign-out (a language
  // change sent just before it) must not bring the signed-in header back without a session.
  const updateMember = useCallback((member: SessionMember) => {
    if (known?.id !== member.id) return;
    noteSession(member);
    setState((s) => (s.status === 'signed-in' && s.member.id === member.id ? { ...s, member } : s));
  }, []);

  const clear = useCallback(() => {
    setAccessToken(null);
    // Signed out, or the session ended: nothing of the member stays readable offline (ADR 0025).
    forgetKeptMember();
    noteSession(null);
    setState({ status: 'anonymous', member: null });
  }, []);

  useEffect(() => {
    let cancelled = false;
    const attempt = () => {
      restore()
        .then((session) => {
          if (cancelled) return;
          // The whole app is drawn again for the session (the member's header, the page): in a
          // transition, which React splits into small pieces, not one long task on a slow phone.
          startTransition(() => {
            if (session) establish(session);
            else clear();
          });
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          // Without a connection the session is unknown, not gone (ADR 0020): the app shell shows
          // that it is offline, and the session is restored when the connection returns.
          if (error instanceof NetworkError)
            window.addEventListener('online', attempt, { once: true });
          else clear();
        });
    };
    attempt();
    return () => {
      cancelled = true;
      window.removeEventListener('online', attempt);
    };
  }, [restore, establish, clear]);

  const value = useMemo(
    () => ({ status: state.status, member: state.member, establish, updateMember, clear }),
    [state, establish, updateMember, clear],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession() {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

export function hasRole(member: SessionMember | null, ...roles: Role[]) {
  return !!member && roles.some((role) => member.roles.includes(role));
}
