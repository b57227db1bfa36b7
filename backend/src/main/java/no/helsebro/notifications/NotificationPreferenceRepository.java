package no.helsebro.notifications;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Members' mail choices per kind, rows only where they differ from the kind's default. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationPreferenceRepository
    extends GenericRepository<NotificationPreferenceRepository.Preference, Long> {

  /**
   * A row of {@code notification_preferences}; its key is (member_id, kind), only the statements
   * below use it.
   */
  @MappedEntity("notification_preferences")
  record Preference(@Id long memberId, NotificationKind kind, Delivery delivery) {}

  @Query(
      "SELECT member_id, kind, delivery FROM notification_preferences"
          + " WHERE member_id IN (:memberIds)")
  List<Preference> ofMembers(Collection<Long> memberIds);

  @Query(
      "INSERT INTO notification_preferences (member_id, kind, delivery)"
          + " VALUES (:memberId, :kind, :delivery)"
          + " ON DUPLICATE KEY UPDATE delivery = VALUES(delivery)")
  void set(long memberId, String kind, String delivery);
}
