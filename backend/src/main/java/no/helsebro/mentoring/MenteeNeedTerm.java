package no.helsebro.mentoring;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code mentee_need_terms}: a system or topic a mentee wants help with. */
@MappedEntity("mentee_need_terms")
record MenteeNeedTerm(@Id long memberId, long termId) {}
