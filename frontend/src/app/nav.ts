import type { NavItem } from '@/components/ui/app-shell';
import { forumNav } from '@/features/forum/routes';
import { mentoringNav } from '@/features/mentoring/routes';
import { moderationNav } from '@/features/moderation/routes';
import { profilesNav } from '@/features/profiles/routes';

/** Main navigation in the order of docs/architecture.md; entries carry the roles that see them. */
export const mainNav: NavItem[] = [
  ...forumNav,
  ...mentoringNav,
  ...profilesNav,
  ...moderationNav,
  { to: '/about', labelKey: 'nav.about' },
];
