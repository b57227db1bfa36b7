package no.helsebro.notifications;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberStatus;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.platform.changes.ChangeFeed;

/**
 * Writes the notifications of one event in one transaction, with the {@link NotificationsCreated}
 * event that lets every node push them live. Nobody is told of their own act, members who are not
 * active are left out, and the unique (member, dedupe key) makes a retry or a second event about
 * the same post write nothing.
 */
@Singleton
class NotificationWriter {

  private final NotificationRepository rows;
  private final MemberDirectory members;
  private final Preferences preferences;
  private final ChangeFeed feed;

  NotificationWriter(
      NotificationRepository rows,
      MemberDirectory members,
      Preferences preferences,
      ChangeFeed feed) {
    this.rows = rows;
    this.members = members;
    this.preferences = preferences;
    this.feed = feed;
  }

  /** Answers the members who got a new notification. */
  @Transactional
  List<Long> write(Collection<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      if (Objects.equals(c.actorId(), c.memberId())) {
        continue;
      }
      kept.add(c);
    }
    if (kept.isEmpty()) {
      return List.of();
    }
    Map<Long, MemberSummary> who =
        members.summaries(kept.stream().map(Candidate::memberId).distinct().toList());
    Map<Long, Map<NotificationKind, Delivery>> choices = preferences.of(who.keySet());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<Long> notified = new ArrayList<>();
    for (Candidate c : kept) {
      MemberSummary m = who.get(c.memberId());
      if (m == null || m.status() != MemberStatus.ACTIVE) {
        continue;
      }
      Delivery delivery =
          choices
              .getOrDefault(c.memberId(), Map.of())
              .getOrDefault(c.type().kind(), c.type().kind().defaultDelivery());
      int inserted =
          rows.add(
              c.memberId(),
              c.type().name(),
              c.dedupeKey(),
              c.topicId(),
              c.postId(),
              c.actorId(),
              c.title().length() > 200 ? c.title().substring(0, 200) : c.title(),
              c.link(),
              now,
              delivery == Delivery.NONE ? null : delivery.name());
      if (inserted > 0 && !notified.contains(c.memberId())) {
        notified.add(c.memberId());
      }
    }
    if (!notified.isEmpty()) {
      feed.publish(new NotificationsCreated(List.copyOf(notified)));
    }
    return notified;
  }
}
