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
import io.micronaut.json.JsonMapper;
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
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.OidcSignIn.OidcFailure;
import no.helsebro.platform.web.BaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenID Connect provider as {@link OidcSignIn} talks to it: discovered once from its issuer's
 * well-known document, the authorization URL (PKCE S256, state, nonce), and the code exchanged for
 * a verified ID token. Every failure is an {@link OidcFailure}.
 */
@Singleton
class OidcProvider {

  private static final Logger LOG = LoggerFactory.getLogger(OidcProvider.class);

  private record Provider(
      String issuer,
      String authorizationEndpoint,
      String tokenEndpoint,
      JWKSource<SecurityContext> keys) {}

  private final OidcConfiguration config;
  private final JsonMapper json;
  private final String redirectUri;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private volatile Provider provider;

  OidcProvider(
      OidcConfiguration config, JsonMapper json, @Value("${helsebro.base-url}") String baseUrl) {
    this.config = config;
    this.json = json;
    this.redirectUri = BaseUrl.withoutTrailingSlash(baseUrl) + "/api/v1/auth/oidc/callback";
  }

  /** The provider's issuer (checked against its discovery document). */
  String issuer() {
    return provider().issuer();
  }

  /** Where to send the browser to sign in with the provider. */
  String authorizationUrl(String state, String nonce, String verifier) {
    Provider p = provider();
    return p.authorizationEndpoint()
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
  }

  /** Exchanges the code for the provider's ID token and answers its verified claims. */
  JWTClaimsSet exchange(String code, String verifier, String nonce) {
    Provider p = provider();
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
      throw unreachable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable();
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
      throw unreachable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable();
    }
  }

  private static OidcFailure unreachable() {
    return new OidcFailure("oidc-unavailable", "The provider could not be reached");
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

  private static String enc(@Nullable String s) {
    return URLEncoder.encode(nullToEmpty(s), StandardCharsets.UTF_8);
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
