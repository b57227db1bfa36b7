package no.helsebro.notifications;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helsebro.platform.errors.ApiException;

/** Reads and writes a member's mail settings; unsubscribes from a link. */
@Singleton
class NotificationSettingsService {

  static final int DEFAULT_DIGEST_HOUR = 7;
  static final int DEFAULT_WEEKLY_DAY = 1;

  private final NotificationSettingRepository rows;
  private final Preferences preferences;

  NotificationSettingsService(NotificationSettingRepository rows, Preferences preferences) {
    this.rows = rows;
    this.preferences = preferences;
  }

  /** When the member's mail may go: digest hour, weekday, quiet hours. */
  MailSchedule schedule(long memberId) {
    return rows.findById(memberId)
        .map(NotificationSettingRepository.Setting::schedule)
        .orElse(new MailSchedule(DEFAULT_DIGEST_HOUR, DEFAULT_WEEKLY_DAY, null, null));
  }

  NotificationSettings get(long memberId) {
    MailSchedule s = schedule(memberId);
    Map<NotificationKind, Delivery> all = preferences.all(memberId);
    List<NotificationSettings.KindSetting> kinds =
        all.entrySet().stream()
            .map(e -> new NotificationSettings.KindSetting(e.getKey(), e.getValue()))
            .toList();
    return new NotificationSettings(
        s.digestHour(), s.weeklyDay(), s.quietFrom(), s.quietTo(), kinds);
  }

  @Transactional
  NotificationSettings put(long memberId, NotificationSettings settings) {
    if ((settings.quietFrom() == null) != (settings.quietTo() == null)) {
      throw ApiException.invalidField(
          settings.quietFrom() == null ? "quietFrom" : "quietTo",
          "required",
          "Quiet hours need both a start and an end.");
    }
    if (settings.quietFrom() != null && settings.quietFrom().equals(settings.quietTo())) {
      throw ApiException.invalidField(
          "quietTo", "quiet-hours-empty", "Quiet hours must end at another hour than they start.");
    }
    long distinct = settings.kinds().stream().map(k -> k.kind()).distinct().count();
    if (distinct != settings.kinds().size()) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, "duplicate-kind", "Bad Request", "A kind is listed twice.");
    }
    rows.save(
        memberId,
        settings.digestHour(),
        settings.weeklyDay(),
        settings.quietFrom(),
        settings.quietTo(),
        Instant.now().truncatedTo(ChronoUnit.MICROS));
    Map<NotificationKind, Delivery> current = preferences.all(memberId);
    for (NotificationSettings.KindSetting k : settings.kinds()) {
      if (current.get(k.kind()) != k.delivery()) {
        preferences.set(memberId, k.kind(), k.delivery());
      }
    }
    return get(memberId);
  }

  /** What an unsubscribe link stops: one kind, or every kind sent by a digest of one rhythm. */
  @Transactional
  Optional<String> unsubscribe(long memberId, String scope) {
    if (scope.equals(Delivery.DAILY.name()) || scope.equals(Delivery.WEEKLY.name())) {
      Delivery digest = Delivery.valueOf(scope);
      preferences
          .all(memberId)
          .forEach(
              (kind, delivery) -> {
                if (delivery == digest) {
                  preferences.set(memberId, kind, Delivery.NONE);
                }
              });
      return Optional.of(scope);
    }
    try {
      NotificationKind kind = NotificationKind.valueOf(scope);
      preferences.set(memberId, kind, Delivery.NONE);
      return Optional.of(scope);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
