package no.helsebro.testing;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Reads the change feed back for tests: {@link #mark()} before an action, then what the action
 * wrote after that position. Reads the table itself (not a listener), so it sees exactly what was
 * committed.
 */
@Singleton
public class FeedProbe {

  /** One feed row as stored. */
  public record Row(long position, String type, Long subjectId, String payload) {}

  private final JdbcQueries sql;
  private final ChangeFeed feed;
  private final ObjectMapper json;

  public FeedProbe(JdbcQueries sql, ChangeFeed feed, ObjectMapper json) {
    this.sql = sql;
    this.feed = feed;
    this.json = json;
  }

  /** The feed's current end: everything written later has a higher position. */
  public long mark() {
    return feed.head();
  }

  /** Every row written after {@code mark}, in position order. */
  public List<Row> rowsSince(long mark) {
    return sql.list(
        "SELECT position, type, subject_id, payload FROM change_feed WHERE position > ?"
            + " ORDER BY position",
        rs ->
            new Row(
                rs.getLong(1),
                rs.getString(2),
                JdbcQueries.nullableLong(rs, "subject_id"),
                rs.getString(4)),
        mark);
  }

  /** The events of one kind written after {@code mark}, in position order. */
  public <E extends FeedEvent> List<E> since(long mark, Class<E> type) {
    String name = feed.typeOf(type);
    List<E> out = new ArrayList<>();
    for (Row row : rowsSince(mark)) {
      if (row.type().equals(name)) {
        try {
          out.add(json.readValue(row.payload(), type));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  /** The types of the rows written after {@code mark} whose subject is {@code subjectId}. */
  public List<String> typesAbout(long mark, long subjectId) {
    return rowsSince(mark).stream()
        .filter(r -> r.subjectId() != null && r.subjectId() == subjectId)
        .map(Row::type)
        .toList();
  }
}
