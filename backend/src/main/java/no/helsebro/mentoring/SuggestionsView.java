package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Ranked suggestions; {@code needsStated} is false until the mentee has said what they need. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SuggestionsView(boolean needsStated, List<SuggestionView> items) {}
