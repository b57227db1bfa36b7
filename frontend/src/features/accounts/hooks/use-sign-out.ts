import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '@/lib/session';
import { signOut } from '../api/auth';

/** Revokes this browser's session on the server, forgets it here and goes to the front page. */
export function useSignOut() {
  const { clear } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await signOut();
    } finally {
      clear();
      queryClient.clear();
      void navigate('/');
    }
  }, [clear, queryClient, navigate]);
}
