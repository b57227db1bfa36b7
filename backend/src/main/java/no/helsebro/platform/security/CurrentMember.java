package no.helsebro.platform.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.Set;

/**
 * The signed-in member as the access token describes them. The token's subject is the member id.
 */
public record CurrentMember(long id, Set<String> roles) {

  public static CurrentMember of(Authentication authentication) {
    Collection<String> roles = authentication.getRoles();
    return new CurrentMember(Long.parseLong(authentication.getName()), Set.copyOf(roles));
  }

  public boolean isCoordinator() {
    return roles.contains(Roles.COORDINATOR);
  }

  public boolean isMentor() {
    return roles.contains(Roles.MENTOR);
  }

  public boolean isActive() {
    return roles.contains(Roles.ADVISOR);
  }
}
