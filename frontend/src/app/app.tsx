import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { restoreSession } from '@/features/accounts/api/restore-session';
import { createQueryClient } from '@/lib/query-client';
import { SessionProvider } from '@/lib/session';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider restore={restoreSession}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
