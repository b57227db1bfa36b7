package no.helsebro.notifications;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Members' mail choices per kind (rows only where they differ from the default). */
@Singleton
class Preferences {

  private final NotificationPreferenceRepository choices;
  private final NotificationRepository notifications;

  Preferences(NotificationPreferenceRepository choices, NotificationRepository notifications) {
    this.choices = choices;
    this.notifications = notifications;
  }

  Map<Long, Map<NotificationKind, Delivery>> of(Collection<Long> memberIds) {
    Map<Long, Map<NotificationKind, Delivery>> out = new HashMap<>();
    if (memberIds.isEmpty()) {
      return out;
    }
    for (NotificationPreferenceRepository.Preference p : choices.ofMembers(memberIds)) {
      out.computeIfAbsent(p.memberId(), k -> new EnumMap<>(NotificationKind.class))
          .put(p.kind(), p.delivery());
    }
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
    choices.set(memberId, kind.name(), delivery.name());
    // Mail still waiting for this kind follows the new choice.
    notifications.redirectDueMail(
        memberId,
        java.util.List.of(typesOf(kind)),
        delivery == Delivery.NONE ? null : delivery.name());
  }

  static String[] typesOf(NotificationKind kind) {
    return java.util.Arrays.stream(NotificationType.values())
        .filter(t -> t.kind() == kind)
        .map(Enum::name)
        .toArray(String[]::new);
  }
}
