package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Requests as their two members see them, with both members' names from one bulk read. */
@Singleton
class MentorRequestReader {

  private final MentorRequestRepository requests;
  private final MentorshipSpace space;

  MentorRequestReader(MentorRequestRepository requests, MentorshipSpace space) {
    this.requests = requests;
    this.space = space;
  }

  /** Requests the member sent or received, newest first; {@code status} filters when given. */
  List<MentorRequestView> mine(long memberId, @Nullable String status) {
    Instant now = Instant.now();
    List<MentorRequest> rows =
        status == null
            ? requests.ofMember(memberId)
            : switch (status) {
              case "OPEN" -> requests.openOfMember(memberId, now);
              case "EXPIRED" -> requests.expiredOfMember(memberId, now);
              default -> requests.ofMemberWithStatus(memberId, status);
            };
    return views(rows, memberId);
  }

  /** One request, only for its two members. */
  Optional<MentorRequestView> get(long id, long memberId) {
    return requests.ofMember(id, memberId).map(r -> views(List.of(r), memberId).get(0));
  }

  private List<MentorRequestView> views(List<MentorRequest> rows, long viewerId) {
    Map<Long, MemberRef> names =
        space.refs(rows.stream().flatMap(r -> Stream.of(r.menteeId(), r.mentorId())).toList());
    Instant now = Instant.now();
    return rows.stream()
        .map(
            r ->
                new MentorRequestView(
                    r.id(),
                    names.get(r.menteeId()),
                    names.get(r.mentorId()),
                    r.message(),
                    r.statusAt(now),
                    r.origin(),
                    r.responseNote(),
                    r.createdAt(),
                    r.expiresAt(),
                    r.decidedAt(),
                    r.mentorshipId(),
                    r.menteeId() == viewerId ? "MENTEE" : "MENTOR"))
        .toList();
  }
}
