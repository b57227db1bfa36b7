package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A mentor's page: the summary, their introduction, and how the viewer stands with them.
 *
 * @param self the viewer is this mentor
 * @param openRequestId the viewer's open request to this mentor, if any
 * @param mentorshipId the viewer's active mentorship with this mentor, if any
 * @param canRequest the viewer may send this mentor a request now
 * @param cannotRequestBecause why not, as a stable code (self-mentoring, already-mentored,
 *     request-open, mentee-has-mentor, mentor-paused, mentor-full)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentorView(
    MentorSummary mentor,
    @Nullable String introduction,
    boolean self,
    @Nullable Long openRequestId,
    @Nullable Long mentorshipId,
    boolean canRequest,
    @Nullable String cannotRequestBecause) {}
