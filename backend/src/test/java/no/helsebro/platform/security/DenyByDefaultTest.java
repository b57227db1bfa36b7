package no.helsebro.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class DenyByDefaultTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/no-such-thing", "/api/v2/meta", "/api", "/api/v1/meta/hidden"})
  void anApiPathThatNoControllerOpensRefusesAnonymousCallersWith401(String path) {
    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(path));

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    assertThat(e.getResponse().getContentType().map(MediaType::toString))
        .hasValue("application/problem+json");
  }

  @Test
  void anApiPathThatNoControllerOpensRefusesSignedInMembersWith403() {
    // A real member: tokens of unknown or deleted members are refused (401).
    String token = members.coordinator().token();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(HttpRequest.GET("/api/v1/no-such-thing").bearerAuth(token)));

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
  }

  @Test
  void writingOutsideTheApiIsRefused() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().exchange(HttpRequest.POST("/about", Map.of("a", 1))));

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
  }

  @Test
  void theMetaEndpointIsOpenToAnyone() {
    Map<?, ?> meta = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/meta"), Map.class);

    assertThat(meta.get("defaultLanguage")).isEqualTo("nb");
  }
}
