package no.helsebro.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** When a member's mail may go; no row: the defaults. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationSettingRepository
    extends GenericRepository<NotificationSettingRepository.Setting, Long> {

  /** A row of {@code notification_settings}. */
  @MappedEntity("notification_settings")
  record Setting(
      @Id long memberId,
      int digestHour,
      int weeklyDay,
      @Nullable Integer quietFrom,
      @Nullable Integer quietTo,
      Instant updatedAt) {

    MailSchedule schedule() {
      return new MailSchedule(digestHour, weeklyDay, quietFrom, quietTo);
    }
  }

  Optional<Setting> findById(long memberId);

  @Query(
      "INSERT INTO notification_settings (member_id, digest_hour, weekly_day, quiet_from,"
          + " quiet_to, updated_at) VALUES (:memberId, :digestHour, :weeklyDay, :quietFrom,"
          + " :quietTo, :at) ON DUPLICATE KEY UPDATE"
          + " digest_hour = VALUES(digest_hour), weekly_day = VALUES(weekly_day),"
          + " quiet_from = VALUES(quiet_from), quiet_to = VALUES(quiet_to),"
          + " updated_at = VALUES(updated_at)")
  void save(
      long memberId,
      int digestHour,
      int weeklyDay,
      @Nullable Integer quietFrom,
      @Nullable Integer quietTo,
      Instant at);
}
