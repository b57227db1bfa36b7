package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A request for mentoring as its two members see it.
 *
 * @param status OPEN, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN or CANCELLED
 * @param origin MEMBER (the mentee asked) or COHORT (a coordinator's cohort matching proposed it)
 * @param role the viewer's side: MENTOR or MENTEE
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentorRequestView(
    long id,
    MemberRef mentee,
    MemberRef mentor,
    String message,
    String status,
    String origin,
    @Nullable String responseNote,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant decidedAt,
    @Nullable Long mentorshipId,
    String role) {}
