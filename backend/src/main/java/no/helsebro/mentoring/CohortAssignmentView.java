package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One mentee in a proposal, with the proposed mentor (none if none fits) and the score 0-100. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CohortAssignmentView(MemberRef mentee, @Nullable MemberRef mentor, int score) {}
