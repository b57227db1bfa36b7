package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** A check-in: when the two met or talked, and a short note. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CheckInView(
    long id, LocalDate heldOn, String note, MemberRef createdBy, Instant createdAt) {}
