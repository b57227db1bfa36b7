import { describe, expect, it } from 'vitest';
import type { PageHandle } from '@/components/ui/guarded-page';
import { accountsRoutes } from '@/features/accounts/routes';
import { mentoringRoutes } from '@/features/mentoring/routes';
import { profilesRoutes } from '@/features/profiles/routes';

const forMembers = (route: { handle?: unknown }) =>
  (route.handle as PageHandle | undefined)?.forMembers === true;

// Pages that guard themselves with RequireRole, not through guardedPage, say so in their route's
// handle: until the session is known the app draws only the header's bar for them (router.tsx
// Shell, ADR 0026). Without it the mentor page's guest header grew into a member's when the
// session came after the page's code, and pushed the page down 60 px (CLS 0.08, Lighthouse).
describe("members' pages wait for the session before the header is drawn", () => {
  it('every mentoring and profiles page', () => {
    for (const route of [...mentoringRoutes, ...profilesRoutes]) {
      expect(forMembers(route), route.path).toBe(true);
    }
  });

  it('the accounts pages of members and coordinators, not the ways in', () => {
    const members = accountsRoutes.filter(forMembers).map((r) => r.path);
    expect(members).toEqual(['settings', 'moderation/approvals', 'moderation/members']);
  });
});
