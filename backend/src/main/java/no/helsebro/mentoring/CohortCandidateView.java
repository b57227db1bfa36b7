package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A member who can be matched in a cohort: they have stated needs, and have neither an active
 * mentorship as mentee nor an open request.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CohortCandidateView(
    MemberRef member, Instant needsUpdatedAt, List<TermView> systems, List<TermView> topics) {}
