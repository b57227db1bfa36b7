package no.helsebro.accounts;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import no.helsebro.platform.changes.ChangeFeed;

/**
 * OpenID Connect authorization-code flow with PKCE (S256), state and nonce (the provider's side in
 * {@link OidcProvider}). The member is found by a provider subject linked earlier, or else by the
 * provider's verified e-mail address (and the subject is linked then). Nobody is created here: an
 * address without a member is told to register first.
 */
@Singleton
class OidcSignIn {

  static final Duration STATE_TTL = Duration.ofMinutes(10);

  /** Why a provider sign-in did not end in a session; the sign-in page translates the code. */
  static final class OidcFailure extends RuntimeException {
    final String code;

    OidcFailure(String code, String detail) {
      super(detail, null, false, false);
      this.code = code;
    }
  }

  record Started(String authorizationUrl, String state) {}

  record Finished(SessionService.Issued session, @Nullable String next) {}

  private final OidcConfiguration config;
  private final OidcProvider provider;
  private final OidcSignInRepository signIns;
  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final EmailDomainAllowList allowList;
  private final SessionService sessions;
  private final ChangeFeed feed;

  OidcSignIn(
      OidcConfiguration config,
      OidcProvider provider,
      OidcSignInRepository signIns,
      MemberRepository members,
      CredentialsRepository credentials,
      EmailDomainAllowList allowList,
      SessionService sessions,
      ChangeFeed feed) {
    this.config = config;
    this.provider = provider;
    this.signIns = signIns;
    this.members = members;
    this.credentials = credentials;
    this.allowList = allowList;
    this.sessions = sessions;
    this.feed = feed;
  }

  boolean enabled() {
    return config.enabled();
  }

  String name() {
    return config.getName();
  }

  @Transactional
  Started start(@Nullable String next) {
    String state = Secrets.newToken();
    String verifier = Secrets.newToken() + Secrets.newToken().substring(0, 20);
    String nonce = Secrets.newToken();
    String url = provider.authorizationUrl(state, nonce, verifier);
    Instant now = Instant.now();
    signIns.forgetStartedBefore(now.minus(STATE_TTL));
    signIns.start(Secrets.sha256(state), verifier, nonce, safeNext(next), now);
    return new Started(url, state);
  }

  @Transactional(noRollbackFor = OidcFailure.class)
  Finished finish(String code, String state, @Nullable String userAgent) {
    String issuer = provider.issuer();
    String stateHash = Secrets.sha256(state);
    Optional<OidcSignInRepository.PendingSignIn> found = signIns.lockPending(stateHash);
    found.ifPresent(p -> signIns.forget(stateHash));
    OidcSignInRepository.PendingSignIn pending =
        found
            .filter(p -> !p.createdAt().plus(STATE_TTL).isBefore(Instant.now()))
            .orElseThrow(
                () ->
                    new OidcFailure(
                        "oidc-state", "The sign-in took too long or was not started here"));
    JWTClaimsSet claims = provider.exchange(code, pending.codeVerifier(), pending.nonce());
    MemberEntity m = member(issuer, claims);
    if (m.status() == MemberStatus.PENDING_EMAIL) {
      m = confirmEmail(m);
    }
    return new Finished(sessions.startSession(m, userAgent), pending.nextPath());
  }

  /** The member the provider's subject is linked to, or else the one with its verified address. */
  private MemberEntity member(String issuer, JWTClaimsSet claims) {
    String subject = claims.getSubject();
    Optional<MemberEntity> member =
        signIns.memberLinkedTo(issuer, subject).flatMap(members::findById);
    if (member.isEmpty()) {
      String email = stringClaim(claims, "email");
      Object verified = claims.getClaim("email_verified");
      if (email == null) {
        throw new OidcFailure("oidc-no-email", "The provider did not tell us an e-mail address");
      }
      if (!(Boolean.TRUE.equals(verified) || "true".equals(verified))) {
        throw new OidcFailure(
            "oidc-unverified-email", "The provider has not verified the e-mail address");
      }
      member =
          members
              .findByEmail(RegistrationService.normaliseEmail(email))
              .filter(m -> m.status() != MemberStatus.DELETED);
      if (member.isEmpty()) {
        throw noMember();
      }
      signIns.link(member.get().id(), issuer, subject, Instant.now());
    }
    if (member.get().status() == MemberStatus.DELETED) {
      throw noMember();
    }
    return member.get();
  }

  /** The provider verified the address: the same as following our confirmation link. */
  private MemberEntity confirmEmail(MemberEntity m) {
    Instant now = Instant.now();
    credentials.markEmailConfirmed(m.id(), now);
    if (allowList.allows(m.email())) {
      members.updateStatus(m.id(), MemberStatus.ACTIVE, now, now);
      feed.publish(new MemberActivated(m.id()));
    } else {
      members.updateStatus(m.id(), MemberStatus.PENDING_APPROVAL, null, now);
      feed.publish(new ApprovalRequested(m.id()));
    }
    return members.findById(m.id()).orElseThrow();
  }

  private static OidcFailure noMember() {
    return new OidcFailure("oidc-no-member", "No member has this e-mail address: register first");
  }

  private static @Nullable String safeNext(@Nullable String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.length() > 500) {
      return null;
    }
    return next;
  }

  private static @Nullable String stringClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
  }
}
