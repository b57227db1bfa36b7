package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;

/** The merge dialog's look-up: topics by a piece of their title, for coordinators only. */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class TopicTitleLookupTest {

  @Inject ForumApi api;
  @Inject TestMembers members;

  @Inject
  @Client("/")
  HttpClient http;

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> lookUp(String contains, long except) {
    String path =
        "/api/v1/topic-titles?contains="
            + URLEncoder.encode(contains, StandardCharsets.UTF_8)
            + "&except="
            + except;
    return (List<Map<String, Object>>)
        (List<?>)
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET(path).bearerAuth(api.coordinator().token()),
                    Argument.listOf(Map.class));
  }

  @Test
  void aCoordinatorFindsTopicsByAPieceOfTheirTitleIgnoringCase() {
    String word = ForumApi.unique("Sammenslåing");
    long first = api.question(api.veteran(), "Hvordan " + word + " i DIPS?");
    long second = api.question(api.veteran(), "Mer om " + word.toUpperCase() + " her");
    api.question(api.veteran(), "Noe helt annet " + ForumApi.unique("x"));

    List<Map<String, Object>> found = lookUp(word.toLowerCase(), first);

    assertThat(found).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(second);
    assertThat(found.get(0)).containsEntry("kind", "QUESTION");
    assertThat((String) found.get(0).get("title")).contains(word.toUpperCase());
  }

  @Test
  void wildcardsInTheTextAreTakenLiterally() {
    String word = ForumApi.unique("Prosent");
    api.question(api.veteran(), "Om " + word + " uten tegn");
    assertThat(lookUp(word + "%", 0)).isEmpty();
  }

  @Test
  void advisorsAndGuestsAreRefused() {
    HttpClientResponseException advisor =
        api.refusal(members.advisor(), HttpRequest.GET("/api/v1/topic-titles?contains=abc"));
    assertThat(advisor.getStatus().getCode()).isEqualTo(403);
    HttpClientResponseException guest =
        api.refusal(null, HttpRequest.GET("/api/v1/topic-titles?contains=abc"));
    assertThat(guest.getStatus().getCode()).isEqualTo(401);
  }

  @Test
  void tooShortATextIsAFieldErrorWithItsCodeAndLimit() {
    HttpClientResponseException e =
        api.refusal(api.coordinator(), HttpRequest.GET("/api/v1/topic-titles?contains=ab"));
    assertThat(e.getStatus().getCode()).isEqualTo(400);
    Map<String, Object> problem = ForumApi.problem(e);
    assertThat(problem).containsEntry("code", "validation");
    assertThat((List<?>) problem.get("errors"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "field",
                "contains",
                "message",
                ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("message"),
                "code",
                "too-short",
                "min",
                3));
  }
}
