package no.helsebro.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A peer group as members see it.
 *
 * @param termId the region or system of an automatic group
 * @param memberCount active members
 * @param member whether the reader is in it now
 * @param left whether the reader left it (and may rejoin)
 * @param following whether the reader follows it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GroupView(
    long id,
    GroupKind kind,
    @Nullable Long termId,
    String nameNb,
    String nameEn,
    @Nullable String descriptionNb,
    @Nullable String descriptionEn,
    int memberCount,
    boolean member,
    boolean left,
    boolean following) {}
