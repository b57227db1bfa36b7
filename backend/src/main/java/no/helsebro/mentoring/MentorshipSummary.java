package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A mentorship as one of its members sees it.
 *
 * @param role the viewer's side: MENTOR or MENTEE
 * @param other the other member
 * @param status ACTIVE or ENDED
 * @param feedbackDue the mentorship has ended and the viewer has not yet given feedback
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentorshipSummary(
    long id,
    String role,
    MemberRef other,
    String status,
    Instant startedAt,
    @Nullable Instant endedAt,
    @Nullable MemberRef endedBy,
    @Nullable String endReason,
    boolean feedbackDue,
    @Nullable Instant lastMessageAt,
    long openGoals) {}
