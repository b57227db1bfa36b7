package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import no.helsebro.mentoring.matching.Shift;

/** The signed-in member's own mentor profile. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentorProfileView(
    long memberId,
    List<TermView> systems,
    List<TermView> topics,
    List<TermView> workplaceTypes,
    List<TermView> regions,
    List<TermView> languages,
    int capacity,
    int activeMentees,
    List<Shift> availability,
    ContactMode contactMode,
    @Nullable String introduction,
    boolean paused,
    Instant createdAt,
    Instant updatedAt) {}
