package no.helsebro.groups;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helsebro.platform.database.JdbcQueries;

/**
 * The groups module's SQL over its own tables (peer_groups, peer_group_members, _follows,
 * _questions), through the platform's JdbcQueries: upserts and grouped counts that derived queries
 * cannot express (docs/adr/0600).
 */
@Singleton
class GroupStore {

  /** A membership row: ACTIVE or LEFT, AUTO (from the profile) or JOINED (by choice). */
  record Membership(long groupId, long memberId, String status, String source) {
    boolean active() {
      return "ACTIVE".equals(status);
    }
  }

  private static final String GROUP_COLUMNS =
      "id, kind, term_id, name_nb, name_en, description_nb, description_en";

  private final JdbcQueries sql;

  GroupStore(JdbcQueries sql) {
    this.sql = sql;
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static GroupRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new GroupRow(
        rs.getLong("id"),
        GroupKind.valueOf(rs.getString("kind")),
        JdbcQueries.nullableLong(rs, "term_id"),
        rs.getString("name_nb"),
        rs.getString("name_en"),
        rs.getString("description_nb"),
        rs.getString("description_en"));
  }

  Optional<GroupRow> group(long id) {
    return sql.one(
        "SELECT " + GROUP_COLUMNS + " FROM peer_groups WHERE id = ?", GroupStore::row, id);
  }

  List<GroupRow> groups(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return sql.list(
        "SELECT "
            + GROUP_COLUMNS
            + " FROM peer_groups WHERE id IN ("
            + JdbcQueries.marks(ids.size())
            + ")",
        GroupStore::row,
        ids.toArray());
  }

  List<GroupRow> allGroups() {
    return sql.list("SELECT " + GROUP_COLUMNS + " FROM peer_groups ORDER BY id", GroupStore::row);
  }

  /** The automatic group of a term, made the first time someone needs it. */
  long autoGroup(GroupKind kind, long termId) {
    sql.update(
        "INSERT IGNORE INTO peer_groups (kind, term_id, created_at) VALUES (?, ?, ?)",
        kind,
        termId,
        now());
    return sql.one(
            "SELECT id FROM peer_groups WHERE kind = ? AND term_id = ?",
            rs -> rs.getLong(1),
            kind,
            termId)
        .orElseThrow();
  }

  long createCustom(
      String nameNb, String nameEn, String descriptionNb, String descriptionEn, long createdBy) {
    return sql.insert(
        "INSERT INTO peer_groups (kind, name_nb, name_en, description_nb, description_en,"
            + " created_by, created_at) VALUES ('CUSTOM', ?, ?, ?, ?, ?, ?)",
        nameNb,
        nameEn,
        descriptionNb,
        descriptionEn,
        createdBy,
        now());
  }

  /** Active members per group. */
  Map<Long, Integer> memberCounts(Collection<Long> groupIds) {
    Map<Long, Integer> out = new HashMap<>();
    if (groupIds.isEmpty()) {
      return out;
    }
    for (long[] r :
        sql.list(
            "SELECT group_id, COUNT(*) FROM peer_group_members WHERE status = 'ACTIVE'"
                + " AND group_id IN ("
                + JdbcQueries.marks(groupIds.size())
                + ") GROUP BY group_id",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
            groupIds.toArray())) {
      out.put(r[0], (int) r[1]);
    }
    return out;
  }

  List<Membership> membershipsOf(long memberId) {
    return sql.list(
        "SELECT group_id, member_id, status, source FROM peer_group_members WHERE member_id = ?",
        rs -> new Membership(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
        memberId);
  }

  List<Membership> membershipsOf(Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return sql.list(
        "SELECT group_id, member_id, status, source FROM peer_group_members WHERE member_id IN ("
            + JdbcQueries.marks(memberIds.size())
            + ")",
        rs -> new Membership(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
        memberIds.toArray());
  }

  Optional<Membership> membership(long groupId, long memberId) {
    return sql.one(
        "SELECT group_id, member_id, status, source FROM peer_group_members"
            + " WHERE group_id = ? AND member_id = ?",
        rs -> new Membership(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
        groupId,
        memberId);
  }

  /** Adds or updates a membership row; true when the member's status in the group changed. */
  boolean setMembership(long groupId, long memberId, String status, String source) {
    Optional<Membership> before = membership(groupId, memberId);
    if (before.isPresent()
        && before.get().status().equals(status)
        && before.get().source().equals(source)) {
      return false;
    }
    sql.update(
        "INSERT INTO peer_group_members (group_id, member_id, status, source, changed_at)"
            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE status = VALUES(status),"
            + " source = VALUES(source), changed_at = VALUES(changed_at)",
        groupId,
        memberId,
        status,
        source,
        now());
    return before.map(b -> !b.status().equals(status)).orElse(true);
  }

  void removeMembership(long groupId, long memberId) {
    sql.update(
        "DELETE FROM peer_group_members WHERE group_id = ? AND member_id = ?", groupId, memberId);
  }

  List<Long> memberIds(long groupId) {
    return sql.list(
        "SELECT member_id FROM peer_group_members WHERE group_id = ? AND status = 'ACTIVE'",
        rs -> rs.getLong(1),
        groupId);
  }

  /** A page of active member ids, the newest in the group first. */
  List<Long> memberIdPage(long groupId, int page, int size) {
    return sql.list(
        "SELECT member_id FROM peer_group_members WHERE group_id = ? AND status = 'ACTIVE'"
            + " ORDER BY changed_at DESC, member_id LIMIT ? OFFSET ?",
        rs -> rs.getLong(1),
        groupId,
        size,
        (long) page * size);
  }

  List<Long> memberIdsWithRows() {
    return sql.list("SELECT DISTINCT member_id FROM peer_group_members", rs -> rs.getLong(1));
  }

  void deleteAutoRowsOf(long memberId) {
    sql.update(
        "DELETE FROM peer_group_members WHERE member_id = ? AND source = 'AUTO'"
            + " AND status = 'ACTIVE'",
        memberId);
  }

  boolean follows(long groupId, long memberId) {
    return sql.count(
            "SELECT COUNT(*) FROM peer_group_follows WHERE group_id = ? AND member_id = ?",
            groupId,
            memberId)
        > 0;
  }

  List<Long> followedBy(long memberId) {
    return sql.list(
        "SELECT group_id FROM peer_group_follows WHERE member_id = ?",
        rs -> rs.getLong(1),
        memberId);
  }

  List<Long> followers(long groupId) {
    return sql.list(
        "SELECT member_id FROM peer_group_follows WHERE group_id = ?",
        rs -> rs.getLong(1),
        groupId);
  }

  boolean follow(long groupId, long memberId) {
    return sql.update(
            "INSERT IGNORE INTO peer_group_follows (group_id, member_id, created_at) VALUES (?, ?, ?)",
            groupId,
            memberId,
            now())
        > 0;
  }

  boolean unfollow(long groupId, long memberId) {
    return sql.update(
            "DELETE FROM peer_group_follows WHERE group_id = ? AND member_id = ?",
            groupId,
            memberId)
        > 0;
  }

  void linkQuestion(long groupId, long topicId, long askedBy) {
    sql.update(
        "INSERT IGNORE INTO peer_group_questions (group_id, topic_id, asked_by, asked_at)"
            + " VALUES (?, ?, ?, ?)",
        groupId,
        topicId,
        askedBy,
        now());
  }

  /** Questions asked of a group, newest first. */
  List<Long> askedTopicIds(long groupId, int limit) {
    return sql.list(
        "SELECT topic_id FROM peer_group_questions WHERE group_id = ? ORDER BY asked_at DESC LIMIT ?",
        rs -> rs.getLong(1),
        groupId,
        limit);
  }

  /** A question asked of one of the groups: which group, which topic, who asked, when. */
  record Asked(long groupId, long topicId, Long askedBy, Instant askedAt) {}

  List<Asked> askedOf(Collection<Long> groupIds, Instant since, int limit) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    return sql.list(
        "SELECT group_id, topic_id, asked_by, asked_at FROM peer_group_questions WHERE group_id IN ("
            + JdbcQueries.marks(groupIds.size())
            + ") AND asked_at >= ? ORDER BY asked_at DESC LIMIT ?",
        rs ->
            new Asked(
                rs.getLong(1),
                rs.getLong(2),
                JdbcQueries.nullableLong(rs, "asked_by"),
                JdbcQueries.instant(rs, "asked_at")),
        JdbcQueries.params(groupIds, since, limit));
  }
}
