import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate, type NavigateOptions } from 'react-router';
import { useSession } from '@/lib/session';
import { signOut } from '../api/auth';

/**
 * Leaves the signed-in app once the server is done with the session (signed out, signed out
 * everywhere, account deleted): forgets the session and everything cached for the member, then
 * goes to `to`.
 */
export function useLeaveSession() {
  const { clear } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    (to: string, options?: NavigateOptions) => {
      clear();
      queryClient.clear();
      void navigate(to, options);
    },
    [clear, queryClient, navigate],
  );
}

/** Revokes this browser's session on the server, forgets it here and goes to the front page. */
export function useSignOut() {
  const leave = useLeaveSession();
  return useCallback(async () => {
    try {
      await signOut();
    } finally {
      leave('/');
    }
  }, [leave]);
}
