package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of the mentor directory. {@code page} counts from 0. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentorPage(List<MentorSummary> items, int page, int size, long totalItems, int totalPages) {}
