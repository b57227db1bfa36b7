import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Client routes of the accounts feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const accountsRoutes: RouteObject[] = [
  {
    path: 'sign-in',
    lazy: () => import('./pages/sign-in-page').then((m) => ({ Component: m.SignInPage })),
  },
  {
    path: 'register',
    lazy: () => import('./pages/register-page').then((m) => ({ Component: m.RegisterPage })),
  },
  {
    path: 'register/confirm',
    lazy: () => import('./pages/confirm-page').then((m) => ({ Component: m.ConfirmPage })),
  },
  {
    path: 'waiting',
    lazy: () => import('./pages/waiting-page').then((m) => ({ Component: m.WaitingPage })),
  },
  {
    path: 'suspended',
    lazy: () => import('./pages/suspended-page').then((m) => ({ Component: m.SuspendedPage })),
  },
  {
    path: 'forgot-password',
    lazy: () =>
      import('./pages/forgot-password-page').then((m) => ({ Component: m.ForgotPasswordPage })),
  },
  {
    path: 'reset-password',
    lazy: () =>
      import('./pages/reset-password-page').then((m) => ({ Component: m.ResetPasswordPage })),
  },
  {
    path: 'settings',
    lazy: () => import('./pages/settings-page').then((m) => ({ Component: m.SettingsPage })),
  },
  {
    path: 'moderation/approvals',
    lazy: () => import('./pages/approvals-page').then((m) => ({ Component: m.ApprovalsPage })),
  },
  {
    path: 'moderation/members',
    lazy: () =>
      import('./pages/member-accounts-page').then((m) => ({ Component: m.MemberAccountsPage })),
  },
];

/** Main-navigation entries of the accounts feature. */
export const accountsNav: NavItem[] = [];
