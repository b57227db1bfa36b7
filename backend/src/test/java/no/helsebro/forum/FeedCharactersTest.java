package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Issue 9 item 10: characters XML cannot carry are refused when written, and a category's Atom feed
 * stays well-formed even when an older row holds one.
 */
@MicronautTest(transactional = false)
class FeedCharactersTest {

  @Inject ForumApi api;

  private String newCategory() {
    String slug = "feed-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> category = new HashMap<>();
    category.put("slug", slug);
    category.put("nameNb", "Feedtest");
    category.put("nameEn", "Feed test");
    api.send(api.coordinator(), HttpRequest.POST("/api/v1/categories", category));
    return slug;
  }

  private Map<String, Object> topic(String slug, String title, String body) {
    Map<String, Object> r = new HashMap<>();
    r.put("categoryId", api.categoryId(slug));
    r.put("kind", "DISCUSSION");
    r.put("title", title);
    r.put("body", body);
    return r;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(HttpClientResponseException e) {
    return (List<Map<String, Object>>) ForumApi.problem(e).get("errors");
  }

  @Test
  void aTitleOrBodyWithACharacterXmlCannotCarryIsRefused() {
    String slug = newCategory();
    TestMember author = api.veteran();

    HttpClientResponseException title =
        api.refusal(
            author,
            HttpRequest.POST("/api/v1/topics", topic(slug, "Tittel med \uFFFE tegn", "Tekst")));
    HttpClientResponseException body =
        api.refusal(
            author,
            HttpRequest.POST(
                "/api/v1/topics", topic(slug, "En helt vanlig tittel", "Tekst \uFFFF")));
    HttpClientResponseException control =
        api.refusal(
            author,
            HttpRequest.POST("/api/v1/topics", topic(slug, "Kontroll\u0007tegn her", "Tekst")));

    assertThat(title.getStatus().getCode()).isEqualTo(400);
    assertThat(errors(title)).extracting(m -> m.get("field")).containsExactly("title");
    assertThat(errors(body)).extracting(m -> m.get("field")).containsExactly("body");
    assertThat(errors(control)).extracting(m -> m.get("field")).containsExactly("title");
  }

  @Test
  void theFeedLeavesOutSuchCharactersThatOlderRowsHold() throws Exception {
    String slug = newCategory();
    TestMember author = api.veteran();
    long id = api.createTopic(author, topic(slug, "Gammel tråd fra før", "Brødtekst"));
    api.sql("UPDATE forum_topics SET title = CONCAT(title, ?) WHERE id = ?", "\uFFFE\u0001", id);
    api.sql(
        "UPDATE forum_posts SET body_html = CONCAT(body_html, ?) WHERE topic_id = ?", "\uFFFF", id);
    String token = (String) api.get(author, "/api/v1/feed-token").get("token");

    String xml =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/categories/" + slug + "/feed?token=" + token),
                String.class);

    Document feed =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(feed.getElementsByTagName("entry").getLength()).isEqualTo(1);
    assertThat(feed.getElementsByTagName("entry").item(0).getTextContent())
        .contains("Gammel tråd fra før");
  }
}
