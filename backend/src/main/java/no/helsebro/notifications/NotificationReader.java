package no.helsebro.notifications;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;

/**
 * A member's notification centre: the list (newest first), the unread count, marking read. The list
 * and count are hot (every page shows the count): both are ranges of the member's own index
 * (docs/adr/0500).
 */
@Singleton
class NotificationReader {

  private final NotificationRepository rows;
  private final MemberDirectory members;

  NotificationReader(NotificationRepository rows, MemberDirectory members) {
    this.rows = rows;
    this.members = members;
  }

  NotificationPage page(long memberId, int page, int size) {
    List<NotificationRepository.Row> found =
        rows.newestFirst(memberId, size + 1, (long) page * size);
    boolean more = found.size() > size;
    List<NotificationView> items = named(more ? found.subList(0, size) : found);
    return new NotificationPage(items, unread(memberId), page, size, more);
  }

  /** The member's notifications with an id above {@code afterId}, oldest first (live delivery). */
  List<NotificationView> after(long memberId, long afterId, int limit) {
    return named(rows.after(memberId, afterId, limit));
  }

  /** The id of the member's newest notification, 0 when none. */
  long newestId(long memberId) {
    return rows.newestId(memberId);
  }

  long unread(long memberId) {
    return rows.unread(memberId);
  }

  /** Marks one of the member's notifications read; false when it is not theirs. */
  boolean markRead(long memberId, long id) {
    return rows.markRead(memberId, id, Instant.now().truncatedTo(ChronoUnit.MICROS)) > 0;
  }

  void markAllRead(long memberId) {
    rows.markAllRead(memberId, Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  /** The views, with the actors' names from the accounts module in one look-up. */
  private List<NotificationView> named(List<NotificationRepository.Row> found) {
    Map<Long, MemberSummary> names =
        members.summaries(
            found.stream()
                .map(NotificationRepository.Row::actorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return found.stream()
        .map(
            r -> {
              MemberSummary s = r.actorId() == null ? null : names.get(r.actorId());
              return r.view(s == null ? null : s.displayName());
            })
        .toList();
  }
}
