package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import no.helsebro.mentoring.matching.Shift;

/**
 * A mentee's stated needs. {@code background} comes from the member's profile (used when they ask
 * for a mentor with the same background); {@code maxMentorships} is how many mentors they want at
 * once (docs/adr/0407).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MenteeNeedsView(
    List<TermView> systems,
    List<TermView> topics,
    @Nullable String goals,
    @Nullable TermView workplaceType,
    @Nullable TermView region,
    @Nullable TermView language,
    @Nullable TermView background,
    List<Shift> availability,
    boolean sameRegion,
    boolean sameBackground,
    int maxMentorships,
    @Nullable Instant updatedAt) {}
