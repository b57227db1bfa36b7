package no.helsebro.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The signed-in member's own account. */
@Singleton
class AccountService {

  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final ChangeFeed feed;

  AccountService(MemberRepository members, CredentialsRepository credentials, ChangeFeed feed) {
    this.members = members;
    this.credentials = credentials;
    this.feed = feed;
  }

  MeView me(CurrentMember current) {
    MemberEntity member =
        members.findById(current.id()).orElseThrow(() -> ApiException.notFound("Member"));
    boolean totp = credentials.findById(current.id()).map(Credentials::totpEnabled).orElse(false);
    return SessionService.toView(member, current.roles().stream().sorted().toList(), totp);
  }

  /**
   * Changes language and display name. A suspended member changes nothing others see: their name is
   * refused (403 {@code suspended}); their language only changes their own pages and mail.
   */
  @Transactional
  MeView update(CurrentMember current, UpdateMeRequest request) {
    Instant now = Instant.now();
    MemberEntity before =
        members.findById(current.id()).orElseThrow(() -> ApiException.notFound("Member"));
    if (request.displayName() != null && current.roles().contains(Roles.SUSPENDED)) {
      throw ApiException.forbidden(
          "suspended", "A suspended member can change only their password and language");
    }
    if (request.language() != null && !request.language().equals(before.language())) {
      members.updateLanguage(current.id(), request.language(), now);
      feed.publish(
          new MemberAccessChanged(current.id(), MemberAccessChanged.What.LANGUAGE_CHANGED));
    }
    String name = request.displayName() == null ? null : request.displayName().trim();
    if (name != null && !name.equals(before.displayName())) {
      members.updateDisplayName(current.id(), name, now);
      feed.publish(new MemberAccessChanged(current.id(), MemberAccessChanged.What.RENAMED));
    }
    return me(current);
  }
}
