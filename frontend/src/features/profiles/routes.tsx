import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';
import { membersPage } from '@/components/ui/guarded-page';

/** Client routes of the profiles feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const profilesRoutes: RouteObject[] = [
  {
    path: 'members',
    handle: membersPage,
    lazy: () => import('./pages/directory-page').then((m) => ({ Component: m.DirectoryPage })),
  },
  {
    path: 'members/:id',
    handle: membersPage,
    lazy: () => import('./pages/member-page').then((m) => ({ Component: m.MemberPage })),
  },
  {
    path: 'profile/edit',
    handle: membersPage,
    lazy: () => import('./pages/edit-profile-page').then((m) => ({ Component: m.EditProfilePage })),
  },
  {
    path: 'moderation/taxonomies',
    handle: membersPage,
    lazy: () => import('./pages/taxonomies-page').then((m) => ({ Component: m.TaxonomiesPage })),
  },
];

/** Main-navigation entries of the profiles feature. */
export const profilesNav: NavItem[] = [
  { to: '/members', labelKey: 'nav.members', roles: ['ADVISOR'] },
];
