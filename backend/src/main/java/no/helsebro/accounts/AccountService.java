package no.helsebro.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** The signed-in member's own account. */
@Singleton
class AccountService {

  private final MemberRepository members;
  private final CredentialsRepository credentials;

  AccountService(MemberRepository members, CredentialsRepository credentials) {
    this.members = members;
    this.credentials = credentials;
  }

  MeView me(CurrentMember current) {
    MemberEntity member =
        members.findById(current.id()).orElseThrow(() -> ApiException.notFound("Member"));
    boolean totp = credentials.findById(current.id()).map(Credentials::totpEnabled).orElse(false);
    return SessionService.toView(member, current.roles().stream().sorted().toList(), totp);
  }

  @Transactional
  MeView update(CurrentMember current, UpdateMeRequest request) {
    Instant now = Instant.now();
    if (request.language() != null) {
      members.updateLanguage(current.id(), request.language(), now);
    }
    if (request.displayName() != null) {
      members.updateDisplayName(current.id(), request.displayName().trim(), now);
    }
    return me(current);
  }
}
