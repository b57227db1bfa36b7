package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in, refresh with rotation and reuse detection, and sign-out. Refresh tokens are random
 * 256-bit strings stored only as SHA-256 hashes; each is used once, and using one a second time
 * revokes its whole family (every token descended from the same sign-in), because then either the
 * member or a thief holds a copy that should not exist. The one exception is a second use within a
 * few seconds of the first ({@code helsebro.auth.refresh-reuse-grace}): two tabs opened at once
 * both present the cookie, and a phone whose answer was lost retries with it (ADR 0105).
 */
@Singleton
class SessionService {

  private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);

  /** A session to hand to the browser: the access token and the refresh token for the cookie. */
  record Issued(SessionView view, String refreshToken) {}

  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final RefreshTokenRepository refreshTokens;
  private final PasswordHasher hasher;
  private final AccessTokens accessTokens;
  private final SecondFactor secondFactor;
  private final SignInThrottle throttle;
  private final AuthConfiguration config;
  private final AccountMails mails;
  private final ChangeFeed feed;
  private final SignInAlerts alerts;

  SessionService(
      MemberRepository members,
      CredentialsRepository credentials,
      RefreshTokenRepository refreshTokens,
      PasswordHasher hasher,
      AccessTokens accessTokens,
      SecondFactor secondFactor,
      SignInThrottle throttle,
      AuthConfiguration config,
      AccountMails mails,
      ChangeFeed feed,
      SignInAlerts alerts) {
    this.members = members;
    this.credentials = credentials;
    this.refreshTokens = refreshTokens;
    this.hasher = hasher;
    this.accessTokens = accessTokens;
    this.secondFactor = secondFactor;
    this.throttle = throttle;
    this.config = config;
    this.mails = mails;
    this.feed = feed;
    this.alerts = alerts;
  }

  static ApiException invalidCredentials() {
    return new ApiException(
        HttpStatus.UNAUTHORIZED,
        "invalid-credentials",
        "Unauthorized",
        "The e-mail address or the password is wrong");
  }

  /**
   * Checks e-mail and password and starts a session. The password is verified outside any
   * transaction (hashing takes tens of milliseconds and is queued by {@link PasswordHasher}), so a
   * burst of sign-ins never holds database connections while it waits; what follows is one short
   * transaction. {@code device} is the known-device cookie the browser sent, if any: it counts only
   * when it is this member's (ADR 0107).
   */
  Issued signIn(
      String email,
      String password,
      @Nullable String code,
      String clientIp,
      @Nullable KnownDevice device,
      @Nullable String userAgent) {
    String normalised = email.trim().toLowerCase(Locale.ROOT);
    Optional<MemberEntity> found = members.findByEmail(normalised);
    KnownDevice known =
        device != null && found.isPresent() && found.get().id() == device.memberId()
            ? device
            : null;
    SignInThrottle.Attempt attempt = new SignInThrottle.Attempt(normalised, clientIp, known);
    throttle.checkAllowed(attempt);
    Optional<Credentials> creds = found.flatMap(m -> credentials.findById(m.id()));
    boolean passwordOk;
    if (found.isEmpty() || creds.isEmpty() || creds.get().passwordHash() == null) {
      hasher.burn(password);
      passwordOk = false;
    } else {
      passwordOk =
          found.get().status() != MemberStatus.DELETED
              && hasher.matches(password, creds.get().passwordHash());
    }
    String rehashed =
        passwordOk && hasher.needsRehash(creds.get().passwordHash()) ? hasher.hash(password) : null;
    return completeSignIn(attempt, passwordOk, found, creds, code, rehashed, userAgent);
  }

  /** The part of signing in that writes, once the password has been checked. */
  @Transactional(noRollbackFor = ApiException.class)
  Issued completeSignIn(
      SignInThrottle.Attempt attempt,
      boolean passwordOk,
      Optional<MemberEntity> found,
      Optional<Credentials> creds,
      @Nullable String code,
      @Nullable String rehashed,
      @Nullable String userAgent) {
    if (!passwordOk || found.isEmpty() || creds.isEmpty()) {
      boolean locked = throttle.recordFailure(attempt);
      if (locked && found.isPresent() && found.get().status() != MemberStatus.DELETED) {
        alerts.accountLocked(found.get());
      }
      throw invalidCredentials();
    }
    MemberEntity member = found.get();
    if (creds.get().totpEnabled()) {
      secondFactor.verifyAtSignIn(member, creds.get(), code, attempt.device());
    }
    throttle.recordSuccess(attempt);
    if (member.status() == MemberStatus.PENDING_EMAIL) {
      mails.resendConfirmation(member);
      throw ApiException.forbidden(
              "email-unconfirmed", "Confirm your e-mail address first: we have sent you a new link")
          .with("email", member.email());
    }
    if (rehashed != null) {
      credentials.updatePassword(member.id(), rehashed, Instant.now());
    }
    return startSession(member, userAgent);
  }

  /** Starts a new refresh-token family for a member who has just proved who they are. */
  @Transactional
  Issued startSession(MemberEntity member, @Nullable String userAgent) {
    Instant now = Instant.now();
    member = liftExpiredSuspension(member, now);
    String familyId = UUID.randomUUID().toString();
    return issue(member, familyId, userAgent, now);
  }

  /**
   * Uses a refresh token once and issues its successor; empty when it is not (or no longer) valid.
   */
  @Transactional
  Optional<Issued> refresh(String refreshToken, @Nullable String userAgent) {
    Instant now = Instant.now();
    Optional<RefreshToken> found = refreshTokens.findByTokenHash(Secrets.sha256(refreshToken));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RefreshToken token = found.get();
    if (token.revokedAt() != null) {
      return Optional.empty();
    }
    if (token.expiresAt().isBefore(now)) {
      return Optional.empty();
    }
    boolean firstUse = token.usedAt() == null && refreshTokens.use(token.id(), now) == 1;
    if (!firstUse && !usedMomentsAgo(token.id(), now)) {
      int revoked = refreshTokens.revokeFamily(token.familyId(), now);
      LOG.warn(
          "Refresh token reused for member {}: revoked {} tokens of its family",
          token.memberId(),
          revoked);
      return Optional.empty();
    }
    Optional<MemberEntity> member = members.findById(token.memberId());
    if (member.isEmpty()
        || member.get().status() == MemberStatus.DELETED
        || member.get().status() == MemberStatus.PENDING_EMAIL) {
      refreshTokens.revokeFamily(token.familyId(), now);
      return Optional.empty();
    }
    MemberEntity current = liftExpiredSuspension(member.get(), now);
    return Optional.of(issue(current, token.familyId(), userAgent, now));
  }

  /**
   * Whether a token that was used already was used within the reuse grace and is not revoked: a
   * second tab or a retry, which gets a successor of its own in the same family. Reads the row as
   * committed (a plain read may still show the snapshot from before a concurrent first use).
   */
  private boolean usedMomentsAgo(long tokenId, Instant now) {
    return refreshTokens
        .lockById(tokenId)
        .filter(t -> t.revokedAt() == null && t.usedAt() != null)
        .filter(t -> !t.usedAt().isBefore(now.minus(config.getRefreshReuseGrace())))
        .isPresent();
  }

  @Transactional
  void signOut(String refreshToken) {
    refreshTokens
        .findByTokenHash(Secrets.sha256(refreshToken))
        .ifPresent(t -> refreshTokens.revokeFamily(t.familyId(), Instant.now()));
  }

  /** Revokes every refresh token and every access token issued so far. */
  @Transactional
  void signOutEverywhere(long memberId) {
    Instant now = Instant.now();
    refreshTokens.revokeAllOf(memberId, now);
    if (credentials.existsById(memberId)) {
      credentials.raiseTokenVersion(memberId);
    } else {
      credentials.save(new Credentials(memberId, null, null, null, 1, null, null, null, null));
    }
    feed.publish(new MemberAccessChanged(memberId, MemberAccessChanged.What.SESSIONS_REVOKED));
  }

  private MemberEntity liftExpiredSuspension(MemberEntity member, Instant now) {
    if (member.status() == MemberStatus.SUSPENDED && !member.suspendedAt(now)) {
      members.updateSuspension(member.id(), MemberStatus.ACTIVE, null, null, now);
      feed.publish(
          new MemberAccessChanged(member.id(), MemberAccessChanged.What.SUSPENSION_LIFTED));
      return members.findById(member.id()).orElseThrow();
    }
    return member;
  }

  private Issued issue(
      MemberEntity member, String familyId, @Nullable String userAgent, Instant now) {
    Optional<Credentials> creds = credentials.findById(member.id());
    boolean secondFactorEnabled = creds.map(Credentials::totpEnabled).orElse(false);
    int tokenVersion = creds.map(Credentials::tokenVersion).orElse(0);
    String raw = Secrets.newToken();
    refreshTokens.save(
        new RefreshToken(
            null,
            member.id(),
            familyId,
            Secrets.sha256(raw),
            now,
            now.plus(config.getRefreshTokenTtl()),
            null,
            null,
            userAgent == null ? null : truncate(userAgent, 200)));
    List<String> roles = accessTokens.rolesFor(member, secondFactorEnabled, now);
    String access = accessTokens.issue(member.id(), roles, tokenVersion);
    return new Issued(
        new SessionView(
            access, accessTokens.ttlSeconds(), toView(member, roles, secondFactorEnabled)),
        raw);
  }

  static MeView toView(MemberEntity member, List<String> roles, boolean secondFactorEnabled) {
    boolean suspended = member.status() == MemberStatus.SUSPENDED;
    Instant suspendedUntil = suspended ? member.suspendedUntil() : null;
    return new MeView(
        member.id(),
        member.displayName(),
        member.email(),
        member.status(),
        roles,
        member.language(),
        suspendedUntil,
        suspended ? member.suspensionReason() : null,
        secondFactorEnabled,
        member.coordinator(),
        SuspensionDays.lastDay(suspendedUntil));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
