import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Client routes of the mentoring feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const mentoringRoutes: RouteObject[] = [];

/** Main-navigation entries of the mentoring feature. */
export const mentoringNav: NavItem[] = [];
