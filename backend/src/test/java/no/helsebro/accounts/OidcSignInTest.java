package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sign-in through a real OpenID Connect server (mock-oauth2-server) run in this JVM. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInTest implements TestPropertyProvider {

  static final String CLIENT_ID = "helsebro-test";
  static final String ISSUER_ID = "helseid";

  MockOAuth2Server oauth;

  @Inject
  @Client("/")
  HttpClient http;

  AccountsApi api;

  final java.net.http.HttpClient browser =
      java.net.http.HttpClient.newBuilder()
          .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
          .build();

  @Override
  public Map<String, String> getProperties() {
    oauth = new MockOAuth2Server();
    oauth.start();
    Map<String, String> properties = new HashMap<>(TestMailServer.properties());
    properties.put("helsebro.oidc.issuer", oauth.issuerUrl(ISSUER_ID).toString());
    properties.put("helsebro.oidc.client-id", CLIENT_ID);
    properties.put("helsebro.oidc.client-secret", "secret");
    properties.put("micronaut.http.client.follow-redirects", "false");
    return properties;
  }

  @AfterAll
  void stop() {
    oauth.shutdown();
  }

  @Inject
  void setUp() {
    api = new AccountsApi(http);
  }

  /** Runs the browser's part of the flow and returns our callback's answer. */
  private HttpResponse<?> signInAtProvider(String subject, Map<String, Object> claims)
      throws Exception {
    oauth.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    HttpResponse<?> start =
        http.toBlocking().exchange(HttpRequest.GET("/api/v1/auth/oidc/start?next=/members"));
    assertThat(start.getStatus().getCode()).isEqualTo(302);
    String authorize = start.getHeaders().get("Location");
    String stateCookie =
        start.getHeaders().getAll("Set-Cookie").stream()
            .filter(c -> c.startsWith(OidcController.STATE_COOKIE + "="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    assertThat(authorize)
        .contains("code_challenge_method=S256")
        .contains("nonce=")
        .contains("state=");
    var providerAnswer =
        browser.send(
            java.net.http.HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
            BodyHandlers.discarding());
    URI back = URI.create(providerAnswer.headers().firstValue("Location").orElseThrow());
    assertThat(back.getPath()).isEqualTo("/api/v1/auth/oidc/callback");
    return http.toBlocking()
        .exchange(
            HttpRequest.GET(back.getPath() + "?" + back.getRawQuery())
                .header("Cookie", stateCookie));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMemberSignsInThroughTheProviderByTheirVerifiedAddress() throws Exception {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);

    HttpResponse<?> callback =
        signInAtProvider("sub-" + email, Map.of("email", email, "email_verified", true));

    assertThat(callback.getStatus().getCode()).isEqualTo(302);
    assertThat(callback.getHeaders().get("Location")).isEqualTo("/members");
    String cookie = AccountsApi.refreshCookie(callback).orElseThrow();
    AccountsApi.Session session = AccountsApi.session(api.refresh(cookie));
    assertThat(session.member())
        .containsEntry("email", email)
        .containsEntry("roles", List.of("ADVISOR"));
  }

  @Test
  void onceLinkedTheProviderSubjectFindsTheMemberEvenWithoutAnAddress() throws Exception {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);
    signInAtProvider("linked-" + email, Map.of("email", email, "email_verified", true));

    HttpResponse<?> again = signInAtProvider("linked-" + email, Map.of());

    assertThat(AccountsApi.refreshCookie(again)).isPresent();
  }

  @Test
  void anUnverifiedAddressIsNotEnough() throws Exception {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);

    HttpResponse<?> callback =
        signInAtProvider("unverified-" + email, Map.of("email", email, "email_verified", false));

    assertThat(callback.getHeaders().get("Location"))
        .isEqualTo("/sign-in?oidc=oidc-unverified-email");
    assertThat(AccountsApi.refreshCookie(callback)).isEmpty();
  }

  @Test
  void anAddressWithoutAMemberIsToldToRegister() throws Exception {
    HttpResponse<?> callback =
        signInAtProvider(
            "stranger", Map.of("email", uniqueEmail("ous-hf.no"), "email_verified", true));

    assertThat(callback.getHeaders().get("Location")).isEqualTo("/sign-in?oidc=oidc-no-member");
  }

  @Test
  void aCallbackFromAnotherBrowserIsRefused() {
    HttpResponse<?> start = http.toBlocking().exchange(HttpRequest.GET("/api/v1/auth/oidc/start"));
    String state =
        URI.create(start.getHeaders().get("Location"))
            .getRawQuery()
            .replaceAll(".*state=([^&]+).*", "$1");

    HttpResponse<?> callback =
        http.toBlocking()
            .exchange(HttpRequest.GET("/api/v1/auth/oidc/callback?code=abc&state=" + state));

    assertThat(callback.getHeaders().get("Location")).isEqualTo("/sign-in?oidc=oidc-state");
  }

  @Test
  void theSignInPageLearnsThatTheProviderIsOffered() {
    Map<?, ?> info = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/auth/oidc"), Map.class);

    assertThat(info.get("enabled")).isEqualTo(true);
    assertThat(info.get("name")).isEqualTo("HelseID");
  }
}
