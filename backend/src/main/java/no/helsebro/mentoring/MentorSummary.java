package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.helsebro.mentoring.matching.Shift;

/**
 * A mentor in the directory and in suggestions. Systems, workplace types and regions combine what
 * the mentor declared with their own profile.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentorSummary(
    long id,
    String displayName,
    @Nullable TermView background,
    List<TermView> systems,
    List<TermView> topics,
    List<TermView> workplaceTypes,
    List<TermView> regions,
    List<TermView> languages,
    List<Shift> availability,
    ContactMode contactMode,
    int capacity,
    int activeMentees,
    int freePlaces,
    boolean paused) {}
