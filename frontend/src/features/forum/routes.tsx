import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Client routes of the forum feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const forumRoutes: RouteObject[] = [];

/** Main-navigation entries of the forum feature. */
export const forumNav: NavItem[] = [];
