package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.util.Set;
import no.helsebro.accounts.RoleContributor;
import no.helsebro.platform.security.Roles;

/** Puts MENTOR in the access token of every member who has opted in to mentor (paused or not). */
@Singleton
class MentorRoleContributor implements RoleContributor {

  private final MentorProfileService profiles;

  MentorRoleContributor(MentorProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public Set<String> rolesFor(long memberId) {
    return profiles.isMentor(memberId) ? Set.of(Roles.MENTOR) : Set.of();
  }
}
