package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Topic summaries as the lists read them: the selected columns, one row to a summary, and the
 * authors' names, labels and read markers added afterwards (each in one more look-up per page; the
 * names from the accounts module through {@link AuthorNames}).
 */
final class TopicSummaryRows {

  private TopicSummaryRows() {}

  /** The summary's columns; {@code r} is the member's read marker. */
  static final String COLUMNS =
      "t.id, t.kind, t.title, t.category_id, t.author_id,"
          + " t.created_at, t.last_activity_at, t.last_poster_id,"
          + " t.reply_count, t.last_post_number, t.helpful_count, t.used_count, t.solved, t.pinned,"
          + " t.locked, t.closed_at, r.last_read_post_number";

  /** The same columns without the member's read marker (lists read it separately). */
  static final String SHARED_COLUMNS =
      COLUMNS.replace("r.last_read_post_number", "NULL AS last_read_post_number");

  static ForumDtos.TopicSummary row(ResultSet rs) throws SQLException {
    Long author = JdbcQueries.nullableLong(rs, "author_id");
    Long last = JdbcQueries.nullableLong(rs, "last_poster_id");
    return new ForumDtos.TopicSummary(
        rs.getLong("id"),
        TopicKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getLong("category_id"),
        author == null ? null : new ForumDtos.MemberRef(author, null),
        JdbcQueries.instant(rs, "created_at"),
        JdbcQueries.instant(rs, "last_activity_at"),
        last == null ? null : new ForumDtos.MemberRef(last, null),
        rs.getInt("reply_count"),
        rs.getInt("last_post_number"),
        rs.getInt("helpful_count"),
        rs.getInt("used_count"),
        rs.getBoolean("solved"),
        rs.getBoolean("pinned"),
        rs.getBoolean("locked"),
        rs.getObject("closed_at") != null,
        List.of(),
        List.of(),
        JdbcQueries.nullableInt(rs, "last_read_post_number"));
  }

  static List<Long> ids(List<ForumDtos.TopicSummary> rows) {
    return rows.stream().map(ForumDtos.TopicSummary::id).toList();
  }

  /** Rows with their authors' and last posters' names, looked up in one go. */
  static List<ForumDtos.TopicSummary> named(List<ForumDtos.TopicSummary> rows, AuthorNames names) {
    List<Long> people = new ArrayList<>();
    for (ForumDtos.TopicSummary s : rows) {
      people.add(s.author() == null ? null : s.author().id());
      people.add(s.lastPoster() == null ? null : s.lastPoster().id());
    }
    Map<Long, String> known = names.of(people);
    List<ForumDtos.TopicSummary> out = new ArrayList<>(rows.size());
    for (ForumDtos.TopicSummary s : rows) {
      out.add(
          copy(
              s,
              named(s.author(), known),
              named(s.lastPoster(), known),
              s.tags(),
              s.systems(),
              s.lastReadPostNumber()));
    }
    return out;
  }

  @Nullable
  private static ForumDtos.MemberRef named(
      @Nullable ForumDtos.MemberRef ref, Map<Long, String> known) {
    return ref == null ? null : new ForumDtos.MemberRef(ref.id(), known.get(ref.id()));
  }

  /** Rows with their labels and, when {@code reads} is given, the member's read markers. */
  static List<ForumDtos.TopicSummary> labelled(
      List<ForumDtos.TopicSummary> rows,
      Map<Long, List<ForumStore.Label>> labels,
      @Nullable Map<Long, Integer> reads) {
    List<ForumDtos.TopicSummary> out = new ArrayList<>(rows.size());
    for (ForumDtos.TopicSummary s : rows) {
      List<ForumStore.Label> l = labels.getOrDefault(s.id(), List.of());
      out.add(
          copy(
              s,
              s.author(),
              s.lastPoster(),
              l.stream().filter(x -> x.type() == 'T').map(ForumStore.Label::code).toList(),
              l.stream().filter(x -> x.type() == 'S').map(ForumStore.Label::code).toList(),
              reads == null ? s.lastReadPostNumber() : reads.get(s.id())));
    }
    return out;
  }

  private static ForumDtos.TopicSummary copy(
      ForumDtos.TopicSummary s,
      @Nullable ForumDtos.MemberRef author,
      @Nullable ForumDtos.MemberRef lastPoster,
      List<String> tags,
      List<String> systems,
      @Nullable Integer lastRead) {
    return new ForumDtos.TopicSummary(
        s.id(),
        s.kind(),
        s.title(),
        s.categoryId(),
        author,
        s.createdAt(),
        s.lastActivityAt(),
        lastPoster,
        s.replyCount(),
        s.lastPostNumber(),
        s.helpfulCount(),
        s.usedCount(),
        s.solved(),
        s.pinned(),
        s.locked(),
        s.closed(),
        tags,
        systems,
        lastRead);
  }
}
