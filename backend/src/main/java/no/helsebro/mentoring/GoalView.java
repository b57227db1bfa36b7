package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A shared goal of a mentorship; status OPEN, IN_PROGRESS or DONE. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record GoalView(
    long id,
    String title,
    String status,
    MemberRef createdBy,
    Instant createdAt,
    Instant updatedAt) {}
