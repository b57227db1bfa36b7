package no.helsebro.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.accounts.MemberAccessChanged;
import no.helsebro.testing.FeedProbe;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/** Profile and taxonomy changes are on the change feed; refused ones are not. */
@MicronautTest(transactional = false)
class ProfileFeedEventsTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;
  @Inject FeedProbe feed;

  @Test
  void savingMyProfilePublishesProfileUpdatedAndANewNameRenamed() {
    TestMember me = members.advisor();
    long mark = feed.mark();

    putProfile(me, form(me, "Kari Omdøpt"));

    assertThat(feed.since(mark, ProfileUpdated.class)).containsExactly(new ProfileUpdated(me.id()));
    assertThat(feed.since(mark, MemberAccessChanged.class))
        .containsExactly(new MemberAccessChanged(me.id(), MemberAccessChanged.What.RENAMED));
  }

  @Test
  void aProfileRefusedForAnUnknownTermPublishesNothing() {
    TestMember me = members.advisor();
    Map<String, Object> body = form(me, "Kari Feil");
    body.put("systemsUsed", List.of(987_654_321L));
    long mark = feed.mark();

    assertThrows(HttpClientResponseException.class, () -> putProfile(me, body));

    assertThat(feed.typesAbout(mark, me.id())).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void creatingAndChangingATermPublishesTaxonomyChanged() {
    TestMember coordinator = members.coordinator();
    String code = "system-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> body =
        new HashMap<>(Map.of("kind", "SYSTEM", "code", code, "nameNb", "Nytt", "nameEn", "New"));
    long mark = feed.mark();

    assertThrows(
        HttpClientResponseException.class,
        () ->
            http.toBlocking()
                .exchange(
                    HttpRequest.POST("/api/v1/taxonomies", body)
                        .bearerAuth(members.advisor().token())));
    long id =
        ((Number)
                http.toBlocking()
                    .retrieve(
                        HttpRequest.POST("/api/v1/taxonomies", body)
                            .bearerAuth(coordinator.token()),
                        Map.class)
                    .get("id"))
            .longValue();
    body.put("nameNb", "Nytt navn");
    http.toBlocking()
        .exchange(
            HttpRequest.PUT("/api/v1/taxonomies/" + id, body).bearerAuth(coordinator.token()));

    assertThat(feed.since(mark, TaxonomyChanged.class))
        .containsExactly(
            new TaxonomyChanged(TaxonomyKind.SYSTEM, id),
            new TaxonomyChanged(TaxonomyKind.SYSTEM, id));
  }

  private void putProfile(TestMember m, Map<String, Object> body) {
    http.toBlocking().exchange(HttpRequest.PUT("/api/v1/me/profile", body).bearerAuth(m.token()));
  }

  private Map<String, Object> form(TestMember m, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("displayName", name);
    body.put("title", "Fagsykepleier EPJ");
    body.put("systemsUsed", List.of(term("SYSTEM", "dips-arena", m.token())));
    body.put("languages", List.of(term("LANGUAGE", "nb", m.token())));
    return body;
  }

  private long term(String kind, String code, String token) {
    List<Map<String, Object>> terms =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/taxonomies?kind=" + kind).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    return terms.stream()
        .filter(t -> code.equals(t.get("code")))
        .map(t -> ((Number) t.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }
}
