import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';
import { withTexts } from '@/lib/with-texts';
import { membersPage } from '@/components/ui/guarded-page';

/** A lazily loaded accounts page, the feature's texts alongside (the header's are common's). */
function page(load: () => Promise<React.ComponentType>): RouteObject['lazy'] {
  return withTexts('accounts', () => load().then((Component) => ({ Component })));
}

/** Client routes of the accounts feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const accountsRoutes: RouteObject[] = [
  {
    path: 'sign-in',
    lazy: page(() => import('./pages/sign-in-page').then((m) => m.SignInPage)),
  },
  {
    path: 'register',
    lazy: page(() => import('./pages/register-page').then((m) => m.RegisterPage)),
  },
  {
    path: 'register/confirm',
    lazy: page(() => import('./pages/confirm-page').then((m) => m.ConfirmPage)),
  },
  {
    path: 'waiting',
    lazy: page(() => import('./pages/waiting-page').then((m) => m.WaitingPage)),
  },
  {
    path: 'suspended',
    lazy: page(() => import('./pages/suspended-page').then((m) => m.SuspendedPage)),
  },
  {
    path: 'forgot-password',
    lazy: page(() => import('./pages/forgot-password-page').then((m) => m.ForgotPasswordPage)),
  },
  {
    path: 'reset-password',
    lazy: page(() => import('./pages/reset-password-page').then((m) => m.ResetPasswordPage)),
  },
  {
    path: 'settings',
    handle: membersPage,
    lazy: page(() => import('./pages/settings-page').then((m) => m.SettingsPage)),
  },
  {
    path: 'moderation/approvals',
    handle: membersPage,
    lazy: page(() => import('./pages/approvals-page').then((m) => m.ApprovalsPage)),
  },
  {
    path: 'moderation/members',
    handle: membersPage,
    lazy: page(() => import('./pages/member-accounts-page').then((m) => m.MemberAccountsPage)),
  },
];

/** Main-navigation entries of the accounts feature. */
export const accountsNav: NavItem[] = [];
