package no.helsebro.mentoring;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code mentee_settings}: how many mentors the mentee wants at once (docs/adr/0407). */
@MappedEntity("mentee_settings")
record MenteeSetting(@Id long memberId, int maxMentorships) {}
