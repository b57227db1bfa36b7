package no.helsebro.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Member states for the check on every authenticated request, cached for a few seconds so the check
 * costs one primary-key read per member every {@link #TTL_NANOS} at most. Changes made on this
 * instance {@link #invalidate} the entry at once; on other instances they take effect within the
 * cache lifetime.
 */
@Singleton
class MemberAccessStates {

  static final long TTL_NANOS = 5_000_000_000L;
  private static final int MAX_ENTRIES = 50_000;

  private record Entry(Optional<MemberAccessState> state, long loadedAt) {}

  private final JdbcOperations jdbc;
  private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

  MemberAccessStates(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  Optional<MemberAccessState> get(long memberId) {
    long now = System.nanoTime();
    Entry entry = cache.get(memberId);
    if (entry != null && now - entry.loadedAt() < TTL_NANOS) {
      return entry.state();
    }
    Optional<MemberAccessState> state = load(memberId);
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(memberId, new Entry(state, now));
    return state;
  }

  void invalidate(long memberId) {
    cache.remove(memberId);
  }

  private Optional<MemberAccessState> load(long memberId) {
    return jdbc.execute(
        connection -> {
          try (var ps =
              connection.prepareStatement(
                  "SELECT m.status, m.coordinator, m.suspended_until, COALESCE(c.token_version, 0)"
                      + " FROM members m LEFT JOIN account_credentials c ON c.member_id = m.id"
                      + " WHERE m.id = ?")) {
            ps.setLong(1, memberId);
            try (var rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new MemberAccessState(
                      memberId,
                      MemberStatus.valueOf(rs.getString(1)),
                      rs.getBoolean(2),
                      instant(rs.getTimestamp(3)),
                      rs.getInt(4)));
            }
          }
        });
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
