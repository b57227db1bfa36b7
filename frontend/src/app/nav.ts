import type { NavItem } from '@/components/ui/app-shell';
import { forumNav } from '@/features/forum/routes';
import { groupsNav } from '@/features/groups/routes';
import { insightsNav } from '@/features/insights/routes';
import { mentoringNav } from '@/features/mentoring/routes';
import { moderationNav } from '@/features/moderation/routes';
import { profilesNav } from '@/features/profiles/routes';

/** Main navigation in the order of docs/architecture.md; entries carry the roles that see them. */
export const mainNav: NavItem[] = [
  ...forumNav,
  ...mentoringNav,
  ...groupsNav,
  ...profilesNav,
  ...moderationNav,
  ...insightsNav,
  { to: '/about', labelKey: 'nav.about' },
];
