package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.helsebro.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Behind a configured proxy (here: loopback, as HAProxy on the same host) the client is the address
 * the proxy saw, the right-most hop of {@code X-Forwarded-For}; what the client itself put further
 * left changes nothing.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedProxyThrottleTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(TestMailServer.properties());
    p.put("helsebro.web.trusted-proxies", "127.0.0.0/8");
    return p;
  }

  static String documentationAddress() {
    return "2001:db8::"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff))
        + ":"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
  }

  @Test
  void theAddressTheProxySawIsThrottledWhateverTheClientForged() {
    RawHttp proxy = new RawHttp(server.getPort(), RawHttp.randomLoopback());
    String attacker = documentationAddress();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      statuses.add(
          proxy
              .post(
                  "/api/v1/auth/sign-in",
                  AddressThrottleTest.signIn(
                      AccountsApi.uniqueEmail("ous-hf.no"), "Sommer2026!Sommer2026!"),
                  Map.of(
                      CsrfFilter.HEADER, "1", "X-Forwarded-For", "10.9.8." + i + ", " + attacker))
              .status());
    }

    assertThat(statuses.subList(0, 21)).containsOnly(401);
    assertThat(statuses.get(21)).isEqualTo(429);
  }

  @Test
  void anotherClientBehindTheSameProxySignsInMeanwhile() {
    String email = AccountsApi.uniqueEmail("ous-hf.no");
    new AccountsApi(http).registerAndConfirm(email);
    RawHttp proxy = new RawHttp(server.getPort(), RawHttp.randomLoopback());
    String attacker = documentationAddress();
    for (int i = 0; i < 23; i++) {
      proxy.post(
          "/api/v1/auth/sign-in",
          AddressThrottleTest.signIn(
              AccountsApi.uniqueEmail("ous-hf.no"), "Vinter2026!Vinter2026!"),
          Map.of(CsrfFilter.HEADER, "1", "X-Forwarded-For", attacker));
    }

    RawHttp.Answer owner =
        proxy.post(
            "/api/v1/auth/sign-in",
            AddressThrottleTest.signIn(email, AccountsApi.PASSWORD),
            Map.of(CsrfFilter.HEADER, "1", "X-Forwarded-For", documentationAddress()));

    assertThat(owner.status()).isEqualTo(200);
  }
}
