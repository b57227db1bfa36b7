package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import no.helsebro.platform.errors.ApiException;

/**
 * Forgotten and changed passwords. A forgotten one: a single-use link that expires ({@code
 * helsebro.auth.reset-ttl}); choosing a new password through it signs the member out everywhere and
 * lifts every sign-in lock on the account (ADR 0107). Asking for a link answers the same whether or
 * not the address belongs to a member. A changed one: the current password is required (and its
 * check throttled), and every other session ends (issue 9).
 */
@Singleton
class PasswordResetService {

  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final MailTokenRepository mailTokens;
  private final PasswordHasher hasher;
  private final RegistrationService registrations;
  private final SessionService sessions;
  private final AccountMails mails;
  private final SignInThrottle throttle;

  PasswordResetService(
      MemberRepository members,
      CredentialsRepository credentials,
      MailTokenRepository mailTokens,
      PasswordHasher hasher,
      RegistrationService registrations,
      SessionService sessions,
      AccountMails mails,
      SignInThrottle throttle) {
    this.members = members;
    this.credentials = credentials;
    this.mailTokens = mailTokens;
    this.hasher = hasher;
    this.registrations = registrations;
    this.sessions = sessions;
    this.mails = mails;
    this.throttle = throttle;
  }

  @Transactional
  void requestReset(String email) {
    members
        .findByEmail(RegistrationService.normaliseEmail(email))
        .filter(m -> m.status() != MemberStatus.DELETED)
        .ifPresent(mails::sendPasswordReset);
  }

  /** Sets the new password; answers the member, whose browser is now a known device. */
  @Transactional
  long reset(String token, String newPassword) {
    Instant now = Instant.now();
    MailToken found =
        mailTokens
            .findByTokenHash(Secrets.sha256(token))
            .filter(t -> t.purpose() == MailToken.Purpose.RESET_PASSWORD)
            .filter(t -> t.usedAt() == null)
            .orElseThrow(PasswordResetService::invalidToken);
    if (found.expiresAt().isBefore(now)) {
      throw ApiException.invalidField(
          "token", "token-expired", "The link has expired; ask for a new one");
    }
    MemberEntity member =
        members
            .findById(found.memberId())
            .filter(m -> m.status() != MemberStatus.DELETED)
            .orElseThrow(PasswordResetService::invalidToken);
    registrations.checkPassword("password", newPassword, member);
    if (mailTokens.use(found.id(), now) == 0) {
      throw invalidToken();
    }
    if (credentials.existsById(member.id())) {
      credentials.updatePassword(member.id(), hasher.hash(newPassword), now);
    } else {
      credentials.save(
          new Credentials(
              member.id(), hasher.hash(newPassword), now, null, 0, null, null, null, null));
    }
    sessions.signOutEverywhere(member.id());
    throttle.liftLocks(member.id(), member.email());
    return member.id();
  }

  /**
   * Changes the password of a signed-in member who knows the current one. Every session ends, the
   * other devices' refresh and access tokens included; the device that made the change gets a new
   * session, which is answered.
   */
  @Transactional(noRollbackFor = ApiException.class)
  SessionService.Issued change(
      long memberId, String currentPassword, String newPassword, @Nullable String userAgent) {
    MemberEntity member =
        members.findById(memberId).orElseThrow(() -> ApiException.notFound("Member"));
    throttle.checkPasswordCheckAllowed(memberId);
    Credentials creds = credentials.findById(memberId).orElse(null);
    if (creds == null
        || creds.passwordHash() == null
        || !hasher.matches(currentPassword, creds.passwordHash())) {
      throttle.recordPasswordCheckFailure(memberId);
      throw ApiException.invalidField(
          "currentPassword", "invalid-credentials", "The current password is wrong");
    }
    throttle.recordPasswordCheckSuccess(memberId);
    registrations.checkPassword("newPassword", newPassword, member);
    credentials.updatePassword(memberId, hasher.hash(newPassword), Instant.now());
    sessions.signOutEverywhere(memberId);
    return sessions.startSession(members.findById(memberId).orElseThrow(), userAgent);
  }

  private static ApiException invalidToken() {
    return ApiException.invalidField(
        "token", "token-invalid", "The link is not valid (it may have been used already)");
  }
}
