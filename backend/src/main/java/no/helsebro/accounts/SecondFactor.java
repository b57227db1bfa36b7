package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;

/**
 * The TOTP second factor with ten one-time recovery codes. Setting up is two steps: {@link #begin}
 * stores a new secret (not yet required), {@link #confirm} checks a first code from the app, turns
 * the factor on and hands out the recovery codes — shown once, stored as hashes.
 */
@Singleton
class SecondFactor {

  static final int RECOVERY_CODES = 10;
  static final String REQUIRED = "second-factor-required";
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A secret to put into an authenticator app. */
  @Serdeable
  record Setup(String secret, String otpauthUri) {}

  /** The recovery codes, shown once. */
  @Serdeable
  record RecoveryCodes(List<String> recoveryCodes) {}

  private final CredentialsRepository credentials;
  private final MemberRepository members;
  private final RecoveryCodeRepository recoveryCodes;
  private final ChangeFeed feed;
  private final SignInThrottle throttle;
  private final SignInAlerts alerts;

  SecondFactor(
      CredentialsRepository credentials,
      MemberRepository members,
      RecoveryCodeRepository recoveryCodes,
      ChangeFeed feed,
      SignInThrottle throttle,
      SignInAlerts alerts) {
    this.credentials = credentials;
    this.members = members;
    this.recoveryCodes = recoveryCodes;
    this.feed = feed;
    this.throttle = throttle;
    this.alerts = alerts;
  }

  @Transactional
  Setup begin(long memberId) {
    Credentials creds = credentialsOf(memberId);
    if (creds.totpEnabled()) {
      throw ApiException.conflict("two-factor-enabled", "Two-factor sign-in is already on");
    }
    String secret = Totp.newSecret();
    credentials.updateTotp(memberId, secret, null);
    String account = members.findById(memberId).map(MemberEntity::email).orElse("member");
    return new Setup(secret, Totp.uri(secret, account));
  }

  @Transactional
  RecoveryCodes confirm(long memberId, String code) {
    Credentials creds = credentialsOf(memberId);
    if (creds.totpEnabled()) {
      throw ApiException.conflict("two-factor-enabled", "Two-factor sign-in is already on");
    }
    if (creds.totpSecret() == null) {
      throw ApiException.conflict(
          "two-factor-not-started", "Start setting up two-factor sign-in first");
    }
    OptionalLong step = Totp.matchingStep(creds.totpSecret(), code, Instant.now());
    if (step.isEmpty()) {
      throw ApiException.invalidField("code", "second-factor-invalid", "The code is wrong");
    }
    credentials.updateTotp(memberId, creds.totpSecret(), Instant.now());
    credentials.useTotpStep(memberId, step.getAsLong());
    feed.publish(new MemberAccessChanged(memberId, MemberAccessChanged.What.SECOND_FACTOR_CHANGED));
    return new RecoveryCodes(newRecoveryCodes(memberId));
  }

  /**
   * Turns the factor off after checking a current code (or recovery code). Wrong codes count like
   * wrong codes at sign-in from an unknown device.
   */
  @Transactional(noRollbackFor = ApiException.class)
  void disable(long memberId, String code) {
    Credentials creds = credentialsOf(memberId);
    if (!creds.totpEnabled()) {
      return;
    }
    throttle.checkSecondFactorAllowed(memberId, null);
    if (!accepts(memberId, creds, code)) {
      if (throttle.recordSecondFactorFailure(memberId, null)) {
        members.findById(memberId).ifPresent(alerts::secondFactorLocked);
      }
      throw ApiException.invalidField("code", "second-factor-invalid", "The code is wrong");
    }
    throttle.recordSecondFactorSuccess(memberId, null);
    credentials.updateTotp(memberId, null, null);
    recoveryCodes.deleteByMemberId(memberId);
    feed.publish(new MemberAccessChanged(memberId, MemberAccessChanged.What.SECOND_FACTOR_CHANGED));
  }

  /**
   * Refuses the sign-in unless {@code code} is a valid, unused TOTP or recovery code. Wrong codes
   * are counted and throttled per member (per browser for a known device), and the member is told
   * by mail when they lock the factor: whoever sends them knows the password (ADR 0107).
   */
  void verifyAtSignIn(
      MemberEntity member, Credentials creds, @Nullable String code, @Nullable KnownDevice device) {
    if (code == null || code.isBlank()) {
      throw new ApiException(
          HttpStatus.UNAUTHORIZED,
          REQUIRED,
          "Unauthorized",
          "Enter the code from your authenticator app");
    }
    throttle.checkSecondFactorAllowed(member.id(), device);
    if (!accepts(member.id(), creds, code)) {
      if (throttle.recordSecondFactorFailure(member.id(), device)) {
        alerts.secondFactorLocked(member);
      }
      throw new ApiException(
          HttpStatus.UNAUTHORIZED, "second-factor-invalid", "Unauthorized", "The code is wrong");
    }
    throttle.recordSecondFactorSuccess(member.id(), device);
  }

  private boolean accepts(long memberId, Credentials creds, String code) {
    String trimmed = code.trim().replace(" ", "");
    OptionalLong step = Totp.matchingStep(creds.totpSecret(), trimmed, Instant.now());
    if (step.isPresent()) {
      return credentials.useTotpStep(memberId, step.getAsLong()) == 1;
    }
    return useRecoveryCode(memberId, trimmed.toLowerCase(Locale.ROOT));
  }

  private boolean useRecoveryCode(long memberId, String code) {
    return recoveryCodes.use(memberId, Secrets.sha256(code), Instant.now()) == 1;
  }

  private List<String> newRecoveryCodes(long memberId) {
    List<String> codes = new ArrayList<>();
    List<RecoveryCodeRepository.RecoveryCode> rows = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String code = randomCode();
      codes.add(code);
      rows.add(new RecoveryCodeRepository.RecoveryCode(null, memberId, Secrets.sha256(code), null));
    }
    recoveryCodes.deleteByMemberId(memberId);
    recoveryCodes.saveAll(rows);
    return codes;
  }

  private static String randomCode() {
    StringBuilder sb = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        sb.append('-');
      }
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private Credentials credentialsOf(long memberId) {
    return credentials
        .findById(memberId)
        .orElseGet(
            () ->
                credentials.save(
                    new Credentials(memberId, null, null, null, 0, null, null, null, null)));
  }
}
