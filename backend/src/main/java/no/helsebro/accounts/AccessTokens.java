package no.helsebro.accounts;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.helsebro.platform.security.Roles;

/** Issues access tokens: subject = member id, {@code roles} from the member's state. */
@Singleton
class AccessTokens {

  private final TokenGenerator generator;
  private final List<RoleContributor> contributors;
  private final AuthConfiguration config;

  AccessTokens(
      TokenGenerator generator, List<RoleContributor> contributors, AuthConfiguration config) {
    this.generator = generator;
    this.contributors = contributors;
    this.config = config;
  }

  /**
   * The roles a member gets now. Pending and suspended members get exactly one role; a coordinator
   * without a second factor gets {@code COORDINATOR} only when the configuration does not require
   * one.
   */
  List<String> rolesFor(MemberEntity member, boolean secondFactorEnabled, Instant now) {
    return switch (member.status()) {
      case PENDING_EMAIL, PENDING_APPROVAL -> List.of(Roles.PENDING);
      case SUSPENDED ->
          member.suspendedAt(now)
              ? List.of(Roles.SUSPENDED)
              : activeRoles(member, secondFactorEnabled);
      case ACTIVE -> activeRoles(member, secondFactorEnabled);
      case DELETED -> List.of();
    };
  }

  private List<String> activeRoles(MemberEntity member, boolean secondFactorEnabled) {
    Set<String> roles = new LinkedHashSet<>();
    roles.add(Roles.ADVISOR);
    if (member.coordinator()
        && (secondFactorEnabled || !config.isCoordinatorSecondFactorRequired())) {
      roles.add(Roles.COORDINATOR);
    }
    for (RoleContributor contributor : contributors) {
      for (String role : contributor.rolesFor(member.id())) {
        if (!Roles.PENDING.equals(role) && !Roles.SUSPENDED.equals(role)) {
          roles.add(role);
        }
      }
    }
    return new ArrayList<>(roles);
  }

  /** The claim with the member's token version at issue; see {@link Credentials#tokenVersion}. */
  static final String VERSION_CLAIM = "ver";

  String issue(long memberId, List<String> roles, int tokenVersion) {
    int seconds = (int) config.getAccessTokenTtl().toSeconds();
    return generator
        .generateToken(
            Authentication.build(
                Long.toString(memberId), roles, java.util.Map.of(VERSION_CLAIM, tokenVersion)),
            seconds)
        .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
  }

  long ttlSeconds() {
    return config.getAccessTokenTtl().toSeconds();
  }
}
