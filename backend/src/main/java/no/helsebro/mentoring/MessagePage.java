package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Messages oldest first. Page 0 holds the newest {@code size} messages, page 1 the ones before, and
 * so on.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MessagePage(List<MessageView> items, int page, int size, long totalItems) {}
