package no.helsebro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class HealthTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Test
  void healthReportsTheDatabaseWithoutItsAddress() {
    String health = http.toBlocking().retrieve(HttpRequest.GET("/health"), String.class);

    assertThat(health)
        .contains("\"status\":\"UP\"")
        .contains("\"database\":{")
        .contains("MariaDB")
        .doesNotContain("jdbc:")
        .doesNotContain("user=");
  }
}
