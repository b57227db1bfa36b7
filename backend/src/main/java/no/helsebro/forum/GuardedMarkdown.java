package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.content.MarkdownRenderer;
import no.helsebro.platform.guard.PatientDataGuard;

/**
 * What happens to every text a member writes before it is saved: the patient-data guard on each
 * field (422 {@code patient-data}, naming the field), then Markdown rendered once to safe HTML.
 */
@Singleton
class GuardedMarkdown {

  private final JsonMapper json;

  GuardedMarkdown(JsonMapper json) {
    this.json = json;
  }

  record Body(String markdown, String html, int links, Set<Long> mentions) {}

  record Sections(
      @Nullable String markdownJson, @Nullable String htmlJson, int links, Set<Long> mentions) {
    static final Sections NONE = new Sections(null, null, 0, Set.of());
  }

  static void guard(String field, @Nullable String text) {
    if (text != null) {
      PatientDataGuard.requireNone(field, text);
    }
  }

  Body body(String field, @Nullable String markdown) {
    String md = markdown == null ? "" : markdown.strip();
    guard(field, md);
    MarkdownRenderer.Rendered r = MarkdownRenderer.render(md);
    return new Body(md, r.html(), r.linkCount(), r.mentionedMemberIds());
  }

  /** Story sections: each guarded under {@code story.<name>}, each rendered; blanks left out. */
  Sections sections(@Nullable ForumDtos.StoryFields story) {
    if (story == null) {
      return Sections.NONE;
    }
    Map<String, String> md = new LinkedHashMap<>();
    Map<String, String> html = new LinkedHashMap<>();
    int links = 0;
    Set<Long> mentions = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : story.asMap().entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) {
        continue;
      }
      String text = e.getValue().strip();
      guard("story." + e.getKey(), text);
      MarkdownRenderer.Rendered r = MarkdownRenderer.render(text);
      md.put(e.getKey(), text);
      html.put(e.getKey(), r.html());
      links += r.linkCount();
      mentions.addAll(r.mentionedMemberIds());
    }
    return new Sections(write(md), write(html), links, mentions);
  }

  String write(Map<String, String> map) {
    try {
      return json.writeValueAsString(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, String> read(@Nullable String jsonText) {
    if (jsonText == null) {
      return null;
    }
    try {
      return json.readValue(jsonText, Argument.mapOf(String.class, String.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
