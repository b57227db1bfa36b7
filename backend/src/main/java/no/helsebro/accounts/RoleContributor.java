package no.helsebro.accounts;

import java.util.Set;

/**
 * Adds roles to an active member's access token. Other modules implement it as a singleton bean;
 * the accounts module asks every contributor each time it issues an access token (sign-in and every
 * refresh, i.e. at least every few minutes). Example: the mentoring module returns {@code
 * Set.of(Roles.MENTOR)} for a member who has opted in to mentor.
 *
 * <p>Only members in state {@link MemberStatus#ACTIVE} are asked: pending and suspended members
 * carry exactly one role ({@code PENDING} or {@code SUSPENDED}), whatever contributors say.
 * Implementations must be fast (one indexed query) and must not throw.
 */
public interface RoleContributor {

  /**
   * @param memberId the member the token is for
   * @return extra role names (from {@code no.helsebro.platform.security.Roles}); empty for none
   */
  Set<String> rolesFor(long memberId);
}
