import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Client routes of the profiles feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const profilesRoutes: RouteObject[] = [];

/** Main-navigation entries of the profiles feature. */
export const profilesNav: NavItem[] = [];
