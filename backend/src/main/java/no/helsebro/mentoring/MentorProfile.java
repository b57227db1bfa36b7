package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code mentor_profiles}. {@code activeMentees} moves only with the conditional updates
 * of {@link MentorProfileRepository} (docs/adr/0402).
 */
@MappedEntity("mentor_profiles")
record MentorProfile(
    @Id long memberId,
    int capacity,
    int activeMentees,
    int availability,
    String contactMode,
    @Nullable String introduction,
    boolean paused,
    Instant createdAt,
    Instant updatedAt) {}
