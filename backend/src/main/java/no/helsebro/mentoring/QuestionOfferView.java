package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import no.helsebro.mentoring.routing.Ladder;

/** A question nobody has answered that was offered to the viewer, and why (the stage). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record QuestionOfferView(
    long topicId, String title, Instant askedAt, Ladder.Stage stage, Instant offeredAt) {}
