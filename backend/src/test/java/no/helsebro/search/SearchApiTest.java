package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * Search through the API against the real database and index: new topics are found within 2 s,
 * hidden ones are not, filters and highlighting work, and only active members may search. Each run
 * makes up its own words and asserts only about the topics it created: a database reused from
 * earlier runs holds theirs too.
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class SearchApiTest {

  private static final Argument<Map<String, Object>> MAP =
      Argument.mapOf(String.class, Object.class);

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  private final String word = "zq" + UUID.randomUUID().toString().substring(0, 6);

  @Test
  void aNewQuestionIsFoundByAnInflectedWordWithTheMatchHighlighted() {
    TestMember author = members.advisor();
    long id =
        topic(
            author,
            "Pasientjournalsystemet " + word + " henger",
            "Journalen låser seg ved lagring.");
    // Half of the words suffice, so topics left by earlier runs on the same database match
    // "journalsystem" too, before and after the new one is searchable: it is the one that matches
    // both words, the best match.
    Map<String, Object> results =
        eventually(
            () -> search(members.advisor(), "journalsystem " + word),
            r -> !hits(r).isEmpty() && topicId(hits(r).get(0)) == id);
    Map<String, Object> hit = hits(results).get(0);
    assertThat(topicId(hit)).isEqualTo(id);
    // The inflected word is marked, not only the made-up one.
    assertThat(((String) hit.get("titleHtml")).replace("<mark>" + word + "</mark>", ""))
        .contains("<mark>");
  }

  @Test
  void aMatchInAReplyShowsThatReplyMarkedAndOneInTheTitleOnlyShowsTheOpeningPost() {
    TestMember author = members.advisor();
    String other = "zr" + UUID.randomUUID().toString().substring(0, 6);
    long id = topic(author, "Skriveren på sykehjemmet " + other, "Utskriften stopper hver morgen.");
    send(author, reply(id, "Har dere prøvd å starte køen på nytt?"));
    send(author, reply(id, "Det var driveren: " + word + " løste det for oss."));

    Map<String, Object> inReply = hits(eventually(() -> search(members.advisor(), word), 1)).get(0);
    assertThat(topicId(inReply)).isEqualTo(id);
    assertThat((String) inReply.get("snippetHtml")).contains("<mark>" + word + "</mark>");
    assertThat(((Number) inReply.get("postNumber")).intValue()).isEqualTo(3);
    assertThat((String) inReply.get("titleHtml")).doesNotContain("<mark>");

    Map<String, Object> inTitle = hits(search(members.advisor(), other)).get(0);
    assertThat((String) inTitle.get("titleHtml")).contains("<mark>" + other + "</mark>");
    assertThat((String) inTitle.get("snippetHtml")).isEqualTo("Utskriften stopper hver morgen.");
    assertThat(((Number) inTitle.get("postNumber")).intValue()).isEqualTo(1);
  }

  @Test
  void aHiddenTopicIsNotFound() {
    TestMember author = members.advisor();
    long id = topic(author, "Skjult emne " + word, "Dette skal ikke finnes " + word + ".");
    eventually(() -> search(author, word), 1);
    send(
        members.coordinator(),
        HttpRequest.POST("/api/v1/topics/" + id + "/hide", Map.of("reason", "Spam")));
    Map<String, Object> after = eventually(() -> search(author, word), 0);
    assertThat(hits(after)).isEmpty();
  }

  @Test
  void aReplyHiddenAfterMembersFoundItIsFoundByNoMemberAfterwards() {
    TestMember author = members.advisor();
    TestMember reader = members.advisor();
    TestMember coordinator = members.coordinator();
    long id = topic(author, "Skanneren på kontoret", "Den skanner sakte.");
    Map<String, Object> created =
        http.toBlocking()
            .retrieve(
                reply(id, "Det hjalp å oppdatere " + word + " på maskinen.")
                    .bearerAuth(author.token()),
                MAP);
    long replyId = ((Number) created.get("id")).longValue();
    eventually(() -> search(author, word), 1);
    // Search answers do not depend on who asks: every member gets the same (cached) answer.
    assertThat(hits(search(reader, word))).isEqualTo(hits(search(author, word)));
    assertThat(hits(search(coordinator, word))).isEqualTo(hits(search(author, word)));

    send(
        coordinator,
        HttpRequest.POST("/api/v1/posts/" + replyId + "/hide", Map.of("reason", "Spam")));

    eventually(() -> search(reader, word), 0);
    assertThat(((Number) search(author, word).get("total")).intValue()).isZero();
    assertThat(((Number) search(coordinator, word).get("total")).intValue()).isZero();
  }

  @Test
  void filtersNarrowTheResultsAndFacetsCountTheKinds() {
    TestMember author = members.advisor();
    topic(author, "Spørsmål om " + word, "Et spørsmål.");
    Map<String, Object> discussion = request("DISCUSSION", "Diskusjon om " + word, "Et tema.");
    discussion.put("categoryId", category(author, "coffee-room"));
    create(author, discussion);
    eventually(() -> search(author, word), 2);
    Map<String, Object> questions =
        get(
            author,
            UriBuilder.of("/api/v1/search")
                .queryParam("q", word)
                .queryParam("kind", "QUESTION")
                .toString());
    assertThat(hits(questions)).hasSize(1);
    assertThat(hits(questions).get(0).get("kind")).isEqualTo("QUESTION");
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> facets =
        (Map<String, List<Map<String, Object>>>) questions.get("facets");
    assertThat(facets.get("kind"))
        .extracting(v -> v.get("value"))
        .contains("QUESTION", "DISCUSSION");
  }

  @Test
  void similarQuestionsShowATopicWithTheSameWords() {
    TestMember author = members.advisor();
    long id =
        topic(author, "Trygghetsalarmen " + word + " piper om natten", "Den piper hele tiden.");
    eventually(() -> search(author, word), 1);
    List<Map<String, Object>> similar =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                        UriBuilder.of("/api/v1/search/similar")
                            .queryParam("title", "Trygghetsalarm " + word + " piper")
                            .toString())
                    .bearerAuth(author.token()),
                Argument.listOf(MAP));
    assertThat(similar).extracting(s -> ((Number) s.get("topicId")).longValue()).contains(id);
  }

  @Test
  void guestsAreRefusedAndPendingAndSuspendedMembersForbidden() {
    assertThat(status(null, HttpRequest.GET("/api/v1/search?q=journal")))
        .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    assertThat(status(members.pending(), HttpRequest.GET("/api/v1/search?q=journal")))
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(status(members.suspended(), HttpRequest.GET("/api/v1/search/similar?title=journal")))
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(status(members.suspended(), HttpRequest.GET("/api/v1/search/related/1")))
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
  }

  @Test
  void onlyCoordinatorsMayRebuildOrReadTheIndexStatus() {
    assertThat(status(members.advisor(), HttpRequest.POST("/api/v1/search/rebuild", "")))
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(status(members.advisor(), HttpRequest.GET("/api/v1/search/status")))
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    Map<String, Object> status = get(members.coordinator(), "/api/v1/search/status");
    assertThat(status).containsKeys("topics", "position", "bytes");
  }

  @Test
  void aTooLongQueryIsRefusedWithAFieldError() {
    HttpClientResponseException e =
        refusal(members.advisor(), HttpRequest.GET("/api/v1/search?q=" + "a".repeat(201)));
    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("too-long");
  }

  private Map<String, Object> search(TestMember m, String q) {
    return get(m, UriBuilder.of("/api/v1/search").queryParam("q", q).toString());
  }

  /** The hits of an answer; none when it has none (empty lists are left out of the JSON). */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> hits(Map<String, Object> results) {
    return (List<Map<String, Object>>) results.getOrDefault("hits", List.of());
  }

  private static long topicId(Map<String, Object> hit) {
    return ((Number) hit.get("topicId")).longValue();
  }

  /** The answer once it has {@code count} hits; a change must be searchable within 2 s. */
  private static Map<String, Object> eventually(Supplier<Map<String, Object>> call, int count) {
    Map<String, Object> last = eventually(call, r -> ((Number) r.get("total")).intValue() == count);
    assertThat(((Number) last.get("total")).intValue()).isEqualTo(count);
    return last;
  }

  /**
   * The first answer that is {@code done}, or the last one after 2 s (a change must be searchable
   * within 2 s; the caller asserts what it waited for).
   */
  private static Map<String, Object> eventually(
      Supplier<Map<String, Object>> call, Predicate<Map<String, Object>> done) {
    long deadline = System.nanoTime() + 2_000_000_000L;
    Map<String, Object> last = call.get();
    while (!done.test(last) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      last = call.get();
    }
    return last;
  }

  private static MutableHttpRequest<?> reply(long topicId, String body) {
    return HttpRequest.POST("/api/v1/topics/" + topicId + "/posts", Map.of("body", body))
        .header("Idempotency-Key", UUID.randomUUID().toString());
  }

  private Map<String, Object> request(String kind, String title, String body) {
    Map<String, Object> r = new HashMap<>();
    r.put("kind", kind);
    r.put("title", title);
    r.put("body", body);
    return r;
  }

  private long topic(TestMember m, String title, String body) {
    Map<String, Object> r = request("QUESTION", title, body);
    r.put("categoryId", category(m, "patient-records"));
    return create(m, r);
  }

  private long category(TestMember m, String slug) {
    return ((Number) get(m, "/api/v1/categories/" + slug).get("id")).longValue();
  }

  private long create(TestMember m, Map<String, Object> request) {
    Map<String, Object> created =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/topics", request)
                    .bearerAuth(m.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                MAP);
    return ((Number) created.get("id")).longValue();
  }

  private Map<String, Object> get(TestMember m, String path) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(m.token()), MAP);
  }

  private void send(TestMember m, MutableHttpRequest<?> request) {
    http.toBlocking().exchange(request.bearerAuth(m.token()), MAP);
  }

  private int status(TestMember m, MutableHttpRequest<?> request) {
    try {
      MutableHttpRequest<?> r = m == null ? request : request.bearerAuth(m.token());
      http.toBlocking().exchange(r, MAP);
      return HttpStatus.OK.getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  private HttpClientResponseException refusal(TestMember m, MutableHttpRequest<?> request) {
    try {
      http.toBlocking().exchange(request.bearerAuth(m.token()), MAP);
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }
}
