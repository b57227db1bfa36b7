package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A member as others see them in mentoring: id and display name. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MemberRef(long id, String displayName) {}
