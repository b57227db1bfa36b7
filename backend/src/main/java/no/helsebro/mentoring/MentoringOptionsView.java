package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The taxonomy terms mentoring's forms and filters offer, by kind, in sort order. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentoringOptionsView(
    List<TermView> systems,
    List<TermView> topics,
    List<TermView> workplaceTypes,
    List<TermView> regions,
    List<TermView> backgrounds,
    List<TermView> languages) {}
