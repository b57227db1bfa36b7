import type { RouteObject } from 'react-router';

/** Client routes of the search feature: /search?q=… (members). */
export const searchRoutes: RouteObject[] = [
  {
    path: 'search',
    lazy: async () => {
      const [{ default: Page }, { RequireRole }] = await Promise.all([
        import('./pages/search-page'),
        import('@/components/ui/require-role'),
      ]);
      return {
        Component: () => (
          <RequireRole roles={['ADVISOR']}>
            <Page />
          </RequireRole>
        ),
      };
    },
  },
];
