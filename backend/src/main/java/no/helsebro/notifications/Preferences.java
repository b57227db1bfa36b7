package no.helsebro.notifications;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import no.helsebro.platform.database.JdbcQueries;

/** Members' mail choices per kind (rows only where they differ from the default). */
@Singleton
class Preferences {

  private final JdbcQueries sql;

  Preferences(JdbcQueries sql) {
    this.sql = sql;
  }

  Map<Long, Map<NotificationKind, Delivery>> of(Collection<Long> memberIds) {
    Map<Long, Map<NotificationKind, Delivery>> out = new HashMap<>();
    if (memberIds.isEmpty()) {
      return out;
    }
    sql.list(
            "SELECT member_id, kind, delivery FROM notification_preferences WHERE member_id IN ("
                + JdbcQueries.marks(memberIds.size())
                + ")",
            rs -> {
              out.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(NotificationKind.class))
                  .put(
                      NotificationKind.valueOf(rs.getString(2)), Delivery.valueOf(rs.getString(3)));
              return null;
            },
            memberIds.toArray())
        .size();
    return out;
  }

  /** The member's delivery for every kind, defaults filled in. */
  Map<NotificationKind, Delivery> all(long memberId) {
    Map<NotificationKind, Delivery> chosen =
        of(java.util.List.of(memberId)).getOrDefault(memberId, Map.of());
    Map<NotificationKind, Delivery> out = new EnumMap<>(NotificationKind.class);
    for (NotificationKind k : NotificationKind.values()) {
      out.put(k, chosen.getOrDefault(k, k.defaultDelivery()));
    }
    return out;
  }

  void set(long memberId, NotificationKind kind, Delivery delivery) {
    sql.update(
        "INSERT INTO notification_preferences (member_id, kind, delivery) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE delivery = VALUES(delivery)",
        memberId,
        kind,
        delivery);
    // Mail still waiting for this kind follows the new choice.
    sql.update(
        "UPDATE notifications SET mail_due = ? WHERE member_id = ? AND mail_due IS NOT NULL"
            + " AND kind IN ("
            + JdbcQueries.marks(typesOf(kind).length)
            + ")",
        JdbcQueries.params(
            delivery == Delivery.NONE ? null : delivery.name(),
            memberId,
            java.util.List.of(typesOf(kind))));
  }

  static String[] typesOf(NotificationKind kind) {
    return java.util.Arrays.stream(NotificationType.values())
        .filter(t -> t.kind() == kind)
        .map(Enum::name)
        .toArray(String[]::new);
  }
}
