package no.helsebro.accounts;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.platform.changes.ChangeFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenID Connect authorization-code flow with PKCE (S256), state and nonce. The member is found by
 * a provider subject linked earlier, or else by the provider's verified e-mail address (and the
 * subject is linked then). Nobody is created here: an address without a member is told to register
 * first.
 */
@Singleton
class OidcSignIn {

  private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
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

  private record Provider(
      String issuer,
      String authorizationEndpoint,
      String tokenEndpoint,
      JWKSource<SecurityContext> keys) {}

  private final OidcConfiguration config;
  private final JdbcOperations jdbc;
  private final JsonMapper json;
  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final EmailDomainAllowList allowList;
  private final SessionService sessions;
  private final ChangeFeed feed;
  private final String redirectUri;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private volatile Provider provider;

  OidcSignIn(
      OidcConfiguration config,
      JdbcOperations jdbc,
      JsonMapper json,
      MemberRepository members,
      CredentialsRepository credentials,
      EmailDomainAllowList allowList,
      SessionService sessions,
      ChangeFeed feed,
      @Value("${helsebro.base-url}") String baseUrl) {
    this.config = config;
    this.jdbc = jdbc;
    this.json = json;
    this.members = members;
    this.credentials = credentials;
    this.allowList = allowList;
    this.sessions = sessions;
    this.feed = feed;
    this.redirectUri =
        (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
            + "/api/v1/auth/oidc/callback";
  }

  boolean enabled() {
    return config.enabled();
  }

  String name() {
    return config.getName();
  }

  @Transactional
  Started start(@Nullable String next) {
    Provider p = provider();
    String state = Secrets.newToken();
    String verifier = Secrets.newToken() + Secrets.newToken().substring(0, 20);
    String nonce = Secrets.newToken();
    Instant now = Instant.now();
    jdbc.execute(
        c -> {
          try (var del = c.prepareStatement("DELETE FROM oidc_sign_ins WHERE created_at < ?");
              var ins =
                  c.prepareStatement(
                      "INSERT INTO oidc_sign_ins (state_hash, code_verifier, nonce, next_path,"
                          + " created_at) VALUES (?, ?, ?, ?, ?)")) {
            del.setTimestamp(1, Timestamp.from(now.minus(STATE_TTL)));
            del.executeUpdate();
            ins.setString(1, Secrets.sha256(state));
            ins.setString(2, verifier);
            ins.setString(3, nonce);
            ins.setString(4, safeNext(next));
            ins.setTimestamp(5, Timestamp.from(now));
            return ins.executeUpdate();
          }
        });
    String url =
        p.authorizationEndpoint()
            + (p.authorizationEndpoint().contains("?") ? "&" : "?")
            + "response_type=code"
            + "&client_id="
            + enc(config.getClientId())
            + "&redirect_uri="
            + enc(redirectUri)
            + "&scope="
            + enc(config.getScopes())
            + "&state="
            + enc(state)
            + "&nonce="
            + enc(nonce)
            + "&code_challenge="
            + challenge(verifier)
            + "&code_challenge_method=S256";
    return new Started(url, state);
  }

  @Transactional(noRollbackFor = OidcFailure.class)
  Finished finish(String code, String state, @Nullable String userAgent) {
    Provider p = provider();
    record Pending(String verifier, String nonce, String next, Instant createdAt) {}
    Pending pending =
        jdbc.execute(
            c -> {
              try (var sel =
                      c.prepareStatement(
                          "SELECT code_verifier, nonce, next_path, created_at FROM oidc_sign_ins"
                              + " WHERE state_hash = ? FOR UPDATE");
                  var del = c.prepareStatement("DELETE FROM oidc_sign_ins WHERE state_hash = ?")) {
                sel.setString(1, Secrets.sha256(state));
                try (var rs = sel.executeQuery()) {
                  if (!rs.next()) {
                    return null;
                  }
                  Pending found =
                      new Pending(
                          rs.getString(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getTimestamp(4).toInstant());
                  del.setString(1, Secrets.sha256(state));
                  del.executeUpdate();
                  return found;
                }
              }
            });
    if (pending == null || pending.createdAt().plus(STATE_TTL).isBefore(Instant.now())) {
      throw new OidcFailure("oidc-state", "The sign-in took too long or was not started here");
    }
    JWTClaimsSet claims = exchange(p, code, pending.verifier(), pending.nonce());
    String subject = claims.getSubject();
    Optional<MemberEntity> member = linkedMember(p.issuer(), subject);
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
        throw new OidcFailure(
            "oidc-no-member", "No member has this e-mail address: register first");
      }
      link(member.get().id(), p.issuer(), subject);
    }
    MemberEntity m = member.get();
    if (m.status() == MemberStatus.DELETED) {
      throw new OidcFailure("oidc-no-member", "No member has this e-mail address: register first");
    }
    if (m.status() == MemberStatus.PENDING_EMAIL) {
      // The provider verified the address: the same as following our confirmation link.
      Instant now = Instant.now();
      credentials.markEmailConfirmed(m.id(), now);
      if (allowList.allows(m.email())) {
        members.updateStatus(m.id(), MemberStatus.ACTIVE, now, now);
        feed.publish(new MemberActivated(m.id()));
      } else {
        members.updateStatus(m.id(), MemberStatus.PENDING_APPROVAL, null, now);
        feed.publish(new ApprovalRequested(m.id()));
      }
      m = members.findById(m.id()).orElseThrow();
    }
    return new Finished(sessions.startSession(m, userAgent), pending.next());
  }

  private JWTClaimsSet exchange(Provider p, String code, String verifier, String nonce) {
    String form =
        "grant_type=authorization_code&code="
            + enc(code)
            + "&redirect_uri="
            + enc(redirectUri)
            + "&code_verifier="
            + enc(verifier)
            + "&client_id="
            + enc(config.getClientId());
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (enc(config.getClientId()) + ":" + enc(nullToEmpty(config.getClientSecret())))
                    .getBytes(StandardCharsets.UTF_8));
    Map<?, ?> tokens;
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(p.tokenEndpoint()))
                  .timeout(Duration.ofSeconds(15))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Accept", "application/json")
                  .header("Authorization", "Basic " + basic)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warn("OIDC token endpoint answered {}: {}", response.statusCode(), response.body());
        throw new OidcFailure("oidc-failed", "The provider refused the sign-in");
      }
      tokens = json.readValue(response.body(), Map.class);
    } catch (IOException e) {
      throw new OidcFailure("oidc-unavailable", "The provider could not be reached");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OidcFailure("oidc-unavailable", "The provider could not be reached");
    }
    Object idToken = tokens.get("id_token");
    if (!(idToken instanceof String token)) {
      throw new OidcFailure("oidc-failed", "The provider sent no ID token");
    }
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256), p.keys()));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            config.getClientId(),
            new JWTClaimsSet.Builder().issuer(p.issuer()).claim("nonce", nonce).build(),
            new HashSet<>(Set.of("sub", "iat", "exp"))));
    try {
      return processor.process(token, null);
    } catch (Exception e) {
      LOG.warn("OIDC ID token refused: {}", e.getMessage());
      throw new OidcFailure("oidc-failed", "The provider's ID token was not valid");
    }
  }

  private Optional<MemberEntity> linkedMember(String issuer, String subject) {
    Long id =
        jdbc.execute(
            c -> {
              try (var ps =
                  c.prepareStatement(
                      "SELECT member_id FROM oidc_identities WHERE issuer = ? AND subject = ?")) {
                ps.setString(1, issuer);
                ps.setString(2, subject);
                try (var rs = ps.executeQuery()) {
                  return rs.next() ? rs.getLong(1) : null;
                }
              }
            });
    return id == null ? Optional.empty() : members.findById(id);
  }

  private void link(long memberId, String issuer, String subject) {
    jdbc.execute(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "INSERT INTO oidc_identities (member_id, issuer, subject, linked_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, memberId);
            ps.setString(2, issuer);
            ps.setString(3, subject);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            return ps.executeUpdate();
          }
        });
  }

  private Provider provider() {
    if (!config.enabled()) {
      throw new OidcFailure("oidc-disabled", "Sign-in with a provider is not configured");
    }
    Provider p = provider;
    if (p == null) {
      synchronized (this) {
        if (provider == null) {
          provider = discover();
        }
        p = provider;
      }
    }
    return p;
  }

  private Provider discover() {
    String issuer = config.getIssuer().replaceAll("/+$", "");
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(15))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Map<?, ?> doc = json.readValue(response.body(), Map.class);
      String discoveredIssuer = (String) doc.get("issuer");
      if (discoveredIssuer == null || !discoveredIssuer.replaceAll("/+$", "").equals(issuer)) {
        throw new OidcFailure(
            "oidc-unavailable", "The provider's discovery document names another issuer");
      }
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(new URL((String) doc.get("jwks_uri"))).retrying(true).build();
      return new Provider(
          discoveredIssuer,
          (String) doc.get("authorization_endpoint"),
          (String) doc.get("token_endpoint"),
          keys);
    } catch (IOException | RuntimeException e) {
      if (e instanceof OidcFailure f) {
        throw f;
      }
      LOG.warn("OIDC discovery failed: {}", e.getMessage());
      throw new OidcFailure("oidc-unavailable", "The provider could not be reached");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OidcFailure("oidc-unavailable", "The provider could not be reached");
    }
  }

  private static @Nullable String safeNext(@Nullable String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.length() > 500) {
      return null;
    }
    return next;
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable String stringClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
  }

  private static String enc(@Nullable String s) {
    return URLEncoder.encode(nullToEmpty(s), StandardCharsets.UTF_8);
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
