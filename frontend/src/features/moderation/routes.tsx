import type { RouteObject } from 'react-router';
import type { NavItem } from '@/components/ui/app-shell';

/** Client routes of the moderation feature (lazily loaded pages); see docs/architecture.md for the URL plan. */
export const moderationRoutes: RouteObject[] = [];

/** Main-navigation entries of the moderation feature. */
export const moderationNav: NavItem[] = [];
