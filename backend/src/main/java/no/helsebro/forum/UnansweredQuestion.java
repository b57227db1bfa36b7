package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A question nobody has replied to yet, with what mentoring needs to route it.
 *
 * @param systemCodes codes of its systems (taxonomy kind SYSTEM)
 * @param workplaceTypeCode code of its workplace type (taxonomy kind WORKPLACE_TYPE), if given
 */
public record UnansweredQuestion(
    long topicId,
    String title,
    long categoryId,
    @Nullable Long askerId,
    Instant createdAt,
    List<String> systemCodes,
    @Nullable String workplaceTypeCode) {}
