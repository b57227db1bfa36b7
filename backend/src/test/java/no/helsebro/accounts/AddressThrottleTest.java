package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 item 3: password spraying from one machine is throttled by its address whatever it writes
 * into {@code X-Forwarded-For}, and a member on another machine still signs in meanwhile. The
 * requests come from random loopback addresses, so the server sees a machine of their own.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddressThrottleTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return TestMailServer.properties();
  }

  static String signIn(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void aNewForwardedForValueOnEachTryDoesNotEscapeTheAddressThrottle() {
    RawHttp sprayer = new RawHttp(server.getPort(), RawHttp.randomLoopback());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      // A new account each time, so only the per-address throttle can stop this.
      RawHttp.Answer answer =
          sprayer.post(
              "/api/v1/auth/sign-in",
              signIn(AccountsApi.uniqueEmail("ous-hf.no"), "Sommer2026!Sommer2026!"),
              Map.of(CsrfFilter.HEADER, "1", "X-Forwarded-For", "203.0.113." + (i + 1)));
      statuses.add(answer.status());
    }

    assertThat(statuses.subList(0, 21)).containsOnly(401);
    assertThat(statuses.get(21)).isEqualTo(429);
  }

  @Test
  void theOwnerOnAnotherMachineSignsInWhileTheSprayerIsThrottled() {
    String email = AccountsApi.uniqueEmail("ous-hf.no");
    new AccountsApi(http).registerAndConfirm(email);
    RawHttp sprayer = new RawHttp(server.getPort(), RawHttp.randomLoopback());
    int refused = 0;
    for (int i = 0; i < 25; i++) {
      int status =
          sprayer
              .post(
                  "/api/v1/auth/sign-in",
                  signIn(AccountsApi.uniqueEmail("ous-hf.no"), "Vinter2026!Vinter2026!"),
                  Map.of(CsrfFilter.HEADER, "1", "X-Forwarded-For", "198.51.100." + (i + 1)))
              .status();
      refused += status == 429 ? 1 : 0;
    }
    RawHttp owner = new RawHttp(server.getPort(), RawHttp.randomLoopback());

    RawHttp.Answer answer =
        owner.post(
            "/api/v1/auth/sign-in",
            signIn(email, AccountsApi.PASSWORD),
            Map.of(CsrfFilter.HEADER, "1"));

    assertThat(refused).isPositive();
    assertThat(answer.status()).isEqualTo(200);
  }
}
