import type { NavItem } from '@/components/ui/app-shell';

/** Main navigation. Feature entries join as their features land. */
export const mainNav: NavItem[] = [{ to: '/about', labelKey: 'nav.about' }];
