package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.List;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.security.CurrentMember;

/** The member's bookmarked topics, newest bookmark first (not cached: each member's own). */
@Singleton
class BookmarkedTopicsReader {

  // Hand-written SQL: list rows in the hot list's shape (TopicSummaryRows, ADR 0201).

  private final JdbcQueries db;
  private final ForumStore store;
  private final AuthorNames names;

  BookmarkedTopicsReader(JdbcQueries db, ForumStore store, AuthorNames names) {
    this.db = db;
    this.store = store;
    this.names = names;
  }

  ForumDtos.PageOf<ForumDtos.TopicSummary> bookmarks(CurrentMember me, int page, int size) {
    List<ForumDtos.TopicSummary> rows =
        db.list(
            "SELECT "
                + TopicSummaryRows.COLUMNS
                + " FROM forum_bookmarks b JOIN forum_topics t ON t.id = b.topic_id"
                + " LEFT JOIN forum_reads r ON r.member_id = b.member_id AND r.topic_id = t.id"
                + " WHERE b.member_id = ? AND t.visible = TRUE"
                + " ORDER BY b.created_at DESC LIMIT ? OFFSET ?",
            TopicSummaryRows::row,
            me.id(),
            size + 1,
            page * size);
    boolean hasNext = rows.size() > size;
    if (hasNext) {
      rows = rows.subList(0, size);
    }
    rows = TopicSummaryRows.named(rows, names);
    return new ForumDtos.PageOf<>(
        TopicSummaryRows.labelled(rows, store.labels(TopicSummaryRows.ids(rows), false), null),
        page,
        size,
        hasNext,
        null);
  }
}
