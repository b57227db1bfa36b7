package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A suggested mentor with a score from 0 to 100 and why: {@code reasons} (what matched) and {@code
 * shortfalls} (what the mentee asked for that this mentor lacks).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SuggestionView(
    MentorSummary mentor, int score, List<FactorView> reasons, List<FactorView> shortfalls) {}
