package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A message in a mentorship space. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MessageView(long id, MemberRef author, String body, Instant createdAt) {}
