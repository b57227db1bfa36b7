package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import no.helsebro.platform.changes.ChangeEvents;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;

/** Registration, e-mail confirmation and the automatic approval of allow-listed domains. */
@Singleton
class RegistrationService {

  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final MailTokenRepository mailTokens;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy = PasswordPolicy.withBundledList();
  private final EmailDomainAllowList allowList;
  private final AccountMails mails;
  private final SessionService sessions;
  private final ChangeEvents events;
  private final ChangeFeed feed;

  RegistrationService(
      MemberRepository members,
      CredentialsRepository credentials,
      MailTokenRepository mailTokens,
      PasswordHasher hasher,
      EmailDomainAllowList allowList,
      AccountMails mails,
      SessionService sessions,
      ChangeEvents events,
      ChangeFeed feed) {
    this.members = members;
    this.credentials = credentials;
    this.mailTokens = mailTokens;
    this.hasher = hasher;
    this.allowList = allowList;
    this.mails = mails;
    this.sessions = sessions;
    this.events = events;
    this.feed = feed;
  }

  static String normaliseEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a member's new password against the policy; throws a field error naming {@code field}.
   */
  void checkPassword(String field, String password, MemberEntity member) {
    checkPassword(field, password, member.displayName(), member.email());
  }

  /** Checks a new password against the policy; throws a field error naming {@code field}. */
  void checkPassword(String field, String password, String name, String email) {
    policy
        .problem(password, name, email)
        .ifPresent(
            code -> {
              throw ApiException.invalidField(field, code, passwordMessage(code));
            });
  }

  private static String passwordMessage(String code) {
    return switch (code) {
      case "password-too-short" -> "Use at least " + PasswordPolicy.MIN_LENGTH + " characters";
      case "password-too-long" -> "Use at most " + PasswordPolicy.MAX_LENGTH + " characters";
      case "password-repeated" ->
          "This password repeats the same thing; choose a phrase without repetitions";
      case "password-personal" ->
          "This password is made of your name, your e-mail address or \"Helsebro\"; choose"
              + " something others cannot guess";
      default -> "This password is too common; choose a longer phrase of your own";
    };
  }

  @Transactional
  RegistrationAccepted register(RegisterRequest request, @Nullable String acceptLanguage) {
    String email = normaliseEmail(request.email());
    String language =
        request.language() != null ? request.language() : PreferredLanguage.of(acceptLanguage);
    checkPassword("password", request.password(), request.displayName(), email);
    Optional<MemberEntity> existing = members.findByEmail(email);
    if (existing.isPresent()) {
      hasher.burn(request.password());
      MemberEntity member = existing.get();
      if (member.status() == MemberStatus.PENDING_EMAIL) {
        mails.sendConfirmation(member);
      } else {
        mails.sendAlreadyRegistered(member);
      }
      return new RegistrationAccepted(email);
    }
    Instant now = Instant.now();
    MemberEntity member =
        members.save(MemberEntity.newMember(email, request.displayName().trim(), language, now));
    credentials.save(
        new Credentials(
            member.id(),
            hasher.hash(request.password()),
            now,
            null,
            0,
            null,
            null,
            null,
            request.organisation().trim()));
    events.publish(
        new MemberRegistered(member.id(), member.displayName(), request.organisation().trim()));
    mails.sendConfirmation(member);
    return new RegistrationAccepted(email);
  }

  /**
   * Confirms an address with the token from the mail and signs the member in: active at once for an
   * allow-listed domain, otherwise waiting for a coordinator.
   */
  @Transactional
  SessionService.Issued confirm(String token, @Nullable String userAgent) {
    Instant now = Instant.now();
    MailToken found =
        mailTokens
            .findByTokenHash(Secrets.sha256(token))
            .filter(t -> t.purpose() == MailToken.Purpose.CONFIRM_EMAIL)
            .orElseThrow(RegistrationService::invalidToken);
    if (found.usedAt() != null) {
      throw invalidToken();
    }
    if (found.expiresAt().isBefore(now)) {
      throw ApiException.invalidField(
          "token", "token-expired", "The link has expired; register again to get a new one");
    }
    if (mailTokens.use(found.id(), now) == 0) {
      throw invalidToken();
    }
    MemberEntity member =
        members.findById(found.memberId()).orElseThrow(RegistrationService::invalidToken);
    if (member.status() == MemberStatus.PENDING_EMAIL) {
      credentials.markEmailConfirmed(member.id(), now);
      if (allowList.allows(member.email())) {
        members.updateStatus(member.id(), MemberStatus.ACTIVE, now, now);
        events.publish(new MemberActivated(member.id()));
      } else {
        members.updateStatus(member.id(), MemberStatus.PENDING_APPROVAL, null, now);
        feed.publish(new ApprovalRequested(member.id()));
      }
      member = members.findById(member.id()).orElseThrow();
    } else if (member.status() == MemberStatus.DELETED) {
      throw invalidToken();
    }
    boolean totp = credentials.findById(member.id()).map(Credentials::totpEnabled).orElse(false);
    if (totp) {
      // Someone who has set up a second factor must sign in with it.
      throw ApiException.conflict("sign-in-required", "Your address is confirmed: sign in");
    }
    return sessions.startSession(member, userAgent);
  }

  private static ApiException invalidToken() {
    return ApiException.invalidField(
        "token", "token-invalid", "The link is not valid (it may have been used already)");
  }
}
