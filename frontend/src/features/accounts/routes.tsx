import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Client routes of the accounts feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const accountsRoutes: RouteObject[] = [];

/** Main-navigation entries of the accounts feature. */
export const accountsNav: NavItem[] = [];
