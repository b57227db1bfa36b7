package no.helsebro.accounts;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import no.helsebro.platform.security.Roles;

/**
 * Turns a validly signed access token into an {@link Authentication} only while the member's
 * current state still allows what the token claims. A token is refused (401, so the app fetches a
 * new one through the refresh cookie, which then carries the right roles) when the member is
 * deleted or unknown, was signed out everywhere or reset their password after the token was issued
 * (its {@code ver} claim is behind the member's token version), is suspended now while the token
 * claims more than {@code SUSPENDED}, or claims {@code COORDINATOR} without being one any more.
 * States are cached ({@link MemberAccessStates}) and forgotten through the change feed when one
 * changes: at once on the node that made the change, within a second on the others.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class MemberStateJwtAuthenticationFactory implements JwtAuthenticationFactory {

  private final DefaultJwtAuthenticationFactory standard;
  private final MemberAccessStates states;

  MemberStateJwtAuthenticationFactory(
      TokenConfiguration tokenConfiguration, RolesFinder rolesFinder, MemberAccessStates states) {
    this.standard = new DefaultJwtAuthenticationFactory(tokenConfiguration, rolesFinder);
    this.states = states;
  }

  @Override
  public Optional<Authentication> createAuthentication(JWT token) {
    return standard.createAuthentication(token).flatMap(this::whileMemberStateAllows);
  }

  /** The authentication a validly signed token claims, before the member's state is checked. */
  Optional<Authentication> claimed(JWT token) {
    return standard.createAuthentication(token);
  }

  /** The authentication, if the member's current state still allows what it claims. */
  Optional<Authentication> whileMemberStateAllows(Authentication authentication) {
    long memberId;
    try {
      memberId = Long.parseLong(authentication.getName());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Optional<MemberAccessState> state = states.get(memberId);
    if (state.isEmpty() || !allows(state.get(), authentication, Instant.now())) {
      return Optional.empty();
    }
    return Optional.of(authentication);
  }

  static boolean allows(MemberAccessState state, Authentication authentication, Instant now) {
    if (state.status() == MemberStatus.DELETED) {
      return false;
    }
    Object version = authentication.getAttributes().get(AccessTokens.VERSION_CLAIM);
    int tokenVersion = version instanceof Number n ? n.intValue() : 0;
    if (tokenVersion != state.tokenVersion()) {
      return false;
    }
    var roles = authentication.getRoles();
    if (state.suspendedAt(now) && !roles.stream().allMatch(Roles.SUSPENDED::equals)) {
      return false;
    }
    if (roles.contains(Roles.COORDINATOR) && !state.coordinator()) {
      return false;
    }
    boolean pending =
        state.status() == MemberStatus.PENDING_EMAIL
            || state.status() == MemberStatus.PENDING_APPROVAL;
    return !(pending && roles.contains(Roles.ADVISOR));
  }
}
