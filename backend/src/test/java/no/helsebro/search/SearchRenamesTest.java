package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * What the index holds of a tag, a category or a system follows their renames: the change feed's
 * events from the forum and the taxonomy rewrite the topics they touch (docs/adr/0451).
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class SearchRenamesTest {

  private static final Argument<Map<String, Object>> MAP =
      Argument.mapOf(String.class, Object.class);

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  @Test
  void aRenamedTagIsFoundAndFilteredByItsNewNameAndADeletedOneNoLonger() throws Exception {
    TestMember author = members.advisor();
    TestMember coordinator = members.coordinator();
    String old = "gammel" + word;
    Map<String, Object> r = question("Tagget spørsmål " + word);
    r.put("tags", List.of(old));
    create(author, r);
    assertTotal(author, search(word).queryParam("tag", old), 1);

    long tagId = tagId(author, old);
    String renamed = "ny" + word;
    send(coordinator, HttpRequest.PUT("/api/v1/tags/" + tagId, Map.of("name", renamed)));
    assertTotal(author, search(word).queryParam("tag", renamed), 1);
    assertTotal(author, search(word).queryParam("tag", old), 0);
    assertTotal(author, search(renamed), 1);

    send(coordinator, HttpRequest.DELETE("/api/v1/tags/" + tagId));
    assertTotal(author, search(word).queryParam("tag", renamed), 0);
    assertTotal(author, search(word), 1);
  }

  @Test
  void aCategoryWithANewSlugFiltersItsTopicsByIt() throws Exception {
    TestMember author = members.advisor();
    TestMember coordinator = members.coordinator();
    String slug = "kat-" + word;
    Map<String, Object> created =
        send(
            coordinator,
            HttpRequest.POST(
                "/api/v1/categories",
                Map.of("slug", slug, "nameNb", "Kategori " + word, "nameEn", "Category " + word)));
    long categoryId = ((Number) created.get("id")).longValue();
    Map<String, Object> r = question("Kategorisert spørsmål " + word);
    r.put("categoryId", categoryId);
    create(author, r);
    assertTotal(author, search(word).queryParam("category", slug), 1);

    String moved = "ny-" + slug;
    send(
        coordinator,
        HttpRequest.PUT(
            "/api/v1/categories/" + categoryId,
            Map.of("slug", moved, "nameNb", "Ny " + word, "nameEn", "New " + word)));
    assertTotal(author, search(word).queryParam("category", moved), 1);
    assertTotal(author, search(word).queryParam("category", slug), 0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> categories =
        ((Map<String, List<Map<String, Object>>>) get(author, search(word)).get("facets"))
            .get("category");
    assertThat(categories)
        .anySatisfy(
            c -> {
              assertThat(c.get("value")).isEqualTo(moved);
              assertThat(c.get("labelNb")).isEqualTo("Ny " + word);
            });
  }

  @Test
  void aRenamedSystemIsFoundByItsNewName() throws Exception {
    TestMember author = members.advisor();
    TestMember coordinator = members.coordinator();
    String code = "sys-" + word;
    Map<String, Object> term =
        send(
            coordinator,
            HttpRequest.POST(
                "/api/v1/taxonomies",
                Map.of(
                    "kind",
                    "SYSTEM",
                    "code",
                    code,
                    "nameNb",
                    "Gamlesystem" + word,
                    "nameEn",
                    "Oldsystem" + word)));
    long termId = ((Number) term.get("id")).longValue();
    Map<String, Object> r = question("Systemspørsmål " + word);
    r.put("systemIds", List.of(termId));
    create(author, r);
    assertTotal(author, search("gamlesystem" + word), 1);

    String name = "Nysystem" + word;
    send(
        coordinator,
        HttpRequest.PUT(
            "/api/v1/taxonomies/" + termId,
            Map.of("kind", "SYSTEM", "code", code, "nameNb", name, "nameEn", name)));
    assertTotal(author, search(name.toLowerCase()), 1);
    assertTotal(author, search("gamlesystem" + word), 0);
  }

  private UriBuilder search(String q) {
    return UriBuilder.of("/api/v1/search").queryParam("q", q);
  }

  /** The search finds {@code count} topics within 5 s. */
  private void assertTotal(TestMember m, UriBuilder query, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    int total = total(m, query);
    while (total != count && System.nanoTime() < deadline) {
      Thread.sleep(100);
      total = total(m, query);
    }
    assertThat(total).as("topics found by %s", query).isEqualTo(count);
  }

  private int total(TestMember m, UriBuilder query) {
    return ((Number) get(m, query).get("total")).intValue();
  }

  private Map<String, Object> get(TestMember m, UriBuilder query) {
    return http.toBlocking().retrieve(HttpRequest.GET(query.toString()).bearerAuth(m.token()), MAP);
  }

  private long tagId(TestMember m, String name) {
    List<Map<String, Object>> tags =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(UriBuilder.of("/api/v1/tags").queryParam("q", name).toString())
                    .bearerAuth(m.token()),
                Argument.listOf(MAP));
    return ((Number) tags.get(0).get("id")).longValue();
  }

  private Map<String, Object> question(String title) {
    Map<String, Object> r = new HashMap<>();
    r.put("kind", "QUESTION");
    r.put("title", title);
    r.put("body", "Hva gjør vi?");
    return r;
  }

  private void create(TestMember m, Map<String, Object> request) {
    request.putIfAbsent(
        "categoryId",
        ((Number)
                http.toBlocking()
                    .retrieve(
                        HttpRequest.GET("/api/v1/categories/patient-records").bearerAuth(m.token()),
                        MAP)
                    .get("id"))
            .longValue());
    send(
        m,
        HttpRequest.POST("/api/v1/topics", request)
            .header("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private Map<String, Object> send(TestMember m, MutableHttpRequest<?> request) {
    return http.toBlocking().exchange(request.bearerAuth(m.token()), MAP).body();
  }
}
