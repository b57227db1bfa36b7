package no.helsebro.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.forum.ForumModeration;
import no.helsebro.forum.TopicTitles;
import no.helsebro.platform.audit.AuditTrail;
import no.helsebro.platform.errors.ApiException;

/**
 * Reads the audit log for coordinators: filters on action, actor, target and a date range (UTC
 * days, both ends included), newest first, a page at a time. Never writes (docs/adr/0301).
 */
@Singleton
class AuditReader {

  /** The filters as the client sent them; blank means no filter. */
  record Filter(
      @Nullable String action,
      @Nullable String actor,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String from,
      @Nullable String to) {}

  private final AuditTrail trail;
  private final JsonMapper json;
  private final MemberDirectory members;
  private final ForumModeration posts;
  private final TopicTitles topics;

  AuditReader(
      AuditTrail trail,
      JsonMapper json,
      MemberDirectory members,
      ForumModeration posts,
      TopicTitles topics) {
    this.trail = trail;
    this.json = json;
    this.members = members;
    this.posts = posts;
    this.topics = topics;
  }

  ModerationDtos.AuditPage find(Filter f, int page, int size) {
    int p = Math.max(0, page);
    int n = Math.max(1, Math.min(100, size));
    String action = present(f.action()) ? f.action().strip() : null;
    boolean systemOnly = false;
    Long actorId = null;
    String actorName = null;
    if (present(f.actor())) {
      String a = f.actor().strip();
      if (a.equalsIgnoreCase("system")) {
        systemOnly = true;
      } else if (a.matches("\\d{1,18}")) {
        actorId = Long.parseLong(a);
      } else {
        actorName = a;
      }
    }
    String targetType = present(f.targetType()) ? f.targetType().strip() : null;
    Long targetId = null;
    if (present(f.targetId())) {
      if (!f.targetId().strip().matches("\\d{1,18}")) {
        throw ApiException.invalidField("targetId", "validation", "must be a number");
      }
      targetId = Long.parseLong(f.targetId().strip());
    }
    LocalDate from = date("from", f.from());
    LocalDate to = date("to", f.to());
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalidField("to", "validation", "must not be before from");
    }
    AuditTrail.Filter filter =
        new AuditTrail.Filter(
            action,
            systemOnly,
            actorId,
            actorName,
            targetType,
            targetId,
            from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
            to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    List<ModerationDtos.AuditEntryView> rows =
        trail.find(filter, n + 1, (long) p * n).stream()
            .map(
                e ->
                    new ModerationDtos.AuditEntryView(
                        e.id(),
                        e.occurredAt(),
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.reason(),
                        details(e.details()),
                        null))
            .toList();
    boolean more = rows.size() > n;
    List<ModerationDtos.AuditEntryView> entries = named(more ? rows.subList(0, n) : rows);
    return new ModerationDtos.AuditPage(entries, p, n, more);
  }

  /**
   * The entries with the names of what they are about, as they are now: a member's name (none once
   * the account is deleted), a topic's title, the title of a post's topic. One look-up per kind.
   */
  private List<ModerationDtos.AuditEntryView> named(List<ModerationDtos.AuditEntryView> rows) {
    Map<Long, String> memberNames = new HashMap<>();
    members
        .summaries(idsOf(rows, "member"))
        .forEach((id, s) -> memberNames.put(id, s.deleted() ? null : s.displayName()));
    Map<Long, String> postTopics = new HashMap<>();
    posts.posts(idsOf(rows, "post")).forEach(x -> postTopics.put(x.id(), x.topicTitle()));
    Map<Long, String> topicTitles = topics.of(idsOf(rows, "topic"));
    return rows.stream()
        .map(
            r -> {
              if (r.targetId() == null) {
                return r;
              }
              Map<Long, String> names =
                  switch (r.targetType()) {
                    case "member" -> memberNames;
                    case "post" -> postTopics;
                    case "topic" -> topicTitles;
                    default -> Map.of();
                  };
              return r.withTargetName(names.get(r.targetId()));
            })
        .toList();
  }

  private static Set<Long> idsOf(List<ModerationDtos.AuditEntryView> rows, String type) {
    Set<Long> ids = new LinkedHashSet<>();
    for (ModerationDtos.AuditEntryView r : rows) {
      if (type.equals(r.targetType()) && r.targetId() != null) {
        ids.add(r.targetId());
      }
    }
    return ids;
  }

  /** The actions that occur in the log, for the filter's choices. */
  List<String> actions() {
    return trail.actions();
  }

  private Map<String, Object> details(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readValue(text, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      return Map.of("raw", text);
    }
  }

  private static boolean present(@Nullable String s) {
    return s != null && !s.isBlank();
  }

  private static LocalDate date(String field, @Nullable String value) {
    if (!present(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.invalidField(field, "validation", "expected a date as yyyy-mm-dd");
    }
  }
}
