package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.platform.errors.ApiException;

/**
 * What the parts of a mentorship's private space (messages, goals, check-ins) share: only its two
 * members reach it (anyone else gets 404), it changes only while the mentorship is active, and each
 * entry shows who wrote it, with the names read in one bulk call per list.
 */
@Singleton
class MentorshipSpace {

  /** A row of the space that a member wrote, shown with the writer's name. */
  interface Entry<V> {
    long writerId();

    V view(MemberRef writer);
  }

  private final MentorshipRepository mentorships;
  private final MemberDirectory members;

  MentorshipSpace(MentorshipRepository mentorships, MemberDirectory members) {
    this.mentorships = mentorships;
    this.members = members;
  }

  /** The mentorship if the member is one of its two; 404 otherwise. */
  Mentorship of(long id, long memberId) {
    return mentorships
        .findById(id)
        .filter(m -> m.hasMember(memberId))
        .orElseThrow(() -> ApiException.notFound("Mentorship"));
  }

  /** As {@link #of}, locked for the rest of the transaction. */
  Mentorship lockedOf(long id, long memberId) {
    return mentorships
        .findByIdForUpdate(id)
        .filter(m -> m.hasMember(memberId))
        .orElseThrow(() -> ApiException.notFound("Mentorship"));
  }

  /** As {@link #of}, and refused (409) when the mentorship has ended. */
  Mentorship activeOf(long id, long memberId) {
    Mentorship m = of(id, memberId);
    if (!m.active()) {
      throw ApiException.conflict(
          "mentorship-ended", "This mentorship has ended; its space can be read but not changed.");
    }
    return m;
  }

  /** The entries' views, in the order given. */
  <V> List<V> views(List<? extends Entry<V>> entries) {
    Map<Long, MemberRef> writers =
        refs(entries.stream().map(Entry::writerId).collect(Collectors.toList()));
    return entries.stream().map(e -> e.view(writers.get(e.writerId()))).toList();
  }

  <V> V view(Entry<V> entry) {
    return views(List.of(entry)).get(0);
  }

  /**
   * The members' names, one bulk read; an id the directory does not know gets an empty name (as a
   * deleted member's).
   */
  Map<Long, MemberRef> refs(Collection<Long> memberIds) {
    Set<Long> ids = new LinkedHashSet<>(memberIds);
    Map<Long, MemberSummary> found = members.summaries(ids);
    return ids.stream()
        .collect(
            Collectors.toMap(
                Function.identity(),
                id -> {
                  MemberSummary s = found.get(id);
                  return new MemberRef(id, s == null ? "" : s.displayName());
                }));
  }
}
