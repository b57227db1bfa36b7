package no.helsebro.forum;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helsebro.platform.guard.XmlCharacters;
import no.helsebro.platform.web.BaseUrl;

/** Atom feeds of categories: the 20 newest topics with their opening posts. */
@Singleton
class FeedService {

  private final CategoryRepository categories;
  private final TopicRepository topics;
  private final String baseUrl;

  private final AuthorNames names;

  FeedService(
      CategoryRepository categories,
      TopicRepository topics,
      @Value("${helsebro.base-url:`http://localhost:8080`}") String baseUrl,
      AuthorNames names) {
    this.categories = categories;
    this.topics = topics;
    this.names = names;
    this.baseUrl = BaseUrl.withoutTrailingSlash(baseUrl);
  }

  Optional<String> categoryFeed(String slug, String language) {
    record C(long id, String name, String description) {}
    boolean en = "en".equals(language);
    Optional<C> category =
        categories
            .findBySlug(slug)
            .map(
                c ->
                    new C(
                        c.id(),
                        en ? c.nameEn() : c.nameNb(),
                        en ? c.descriptionEn() : c.descriptionNb()));
    if (category.isEmpty()) {
      return Optional.empty();
    }
    record E(long id, String title, String author, Instant created, Instant updated, String html) {}
    // Authors' names from the accounts module, once per author (ADR 0024).
    Map<Long, String> authors = new HashMap<>();
    List<E> entries =
        topics.newestWithOpeningPosts(category.get().id()).stream()
            .map(
                t ->
                    new E(
                        t.id(),
                        t.title(),
                        authors.computeIfAbsent(t.authorId(), names::of),
                        t.createdAt(),
                        t.lastActivityAt(),
                        t.bodyHtml()))
            .toList();
    String self = baseUrl + "/forum/c/" + slug;
    Instant updated =
        entries.stream().map(E::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(en ? "en" : "nb")
        .append("\">\n")
        .append("  <id>")
        .append(esc(self))
        .append("</id>\n")
        .append("  <title>Helsebro – ")
        .append(esc(category.get().name()))
        .append("</title>\n")
        .append("  <subtitle>")
        .append(esc(category.get().description()))
        .append("</subtitle>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(esc(self))
        .append("\"/>\n")
        .append("  <updated>")
        .append(updated)
        .append("</updated>\n");
    for (E e : entries) {
      String link = baseUrl + "/forum/t/" + e.id();
      x.append("  <entry>\n")
          .append("    <id>")
          .append(esc(link))
          .append("</id>\n")
          .append("    <title>")
          .append(esc(e.title()))
          .append("</title>\n")
          .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(esc(link))
          .append("\"/>\n")
          .append("    <author><name>")
          .append(esc(e.author() == null ? "–" : e.author()))
          .append("</name></author>\n")
          .append("    <published>")
          .append(e.created())
          .append("</published>\n")
          .append("    <updated>")
          .append(e.updated())
          .append("</updated>\n")
          .append("    <content type=\"html\">")
          .append(esc(e.html()))
          .append("</content>\n")
          .append("  </entry>\n");
    }
    x.append("</feed>\n");
    return Optional.of(x.toString());
  }

  /**
   * Escapes text for XML and leaves out characters XML cannot carry (control characters,
   * U+FFFE/U+FFFF, lone surrogates), which rows written before they were refused may hold: one of
   * them would break the whole feed for every reader.
   */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      switch (cp) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (XmlCharacters.isValid(cp) && !(width == 1 && Character.isSurrogate(s.charAt(i)))) {
            b.appendCodePoint(cp);
          }
        }
      }
      i += width;
    }
    return b.toString();
  }
}
