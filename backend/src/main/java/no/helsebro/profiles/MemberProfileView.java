package no.helsebro.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A member page: the professional profile and the member's contributions. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemberProfileView(
    long id,
    String displayName,
    @Nullable String title,
    @Nullable String organisation,
    @Nullable TermRef background,
    @Nullable TermRef workplaceType,
    @Nullable TermRef region,
    @Nullable TermRef county,
    List<TermRef> systemsUsed,
    List<TermRef> systemsKnown,
    List<TermRef> expertise,
    List<TermRef> languages,
    @Nullable String bio,
    @Nullable ShiftPattern shiftPattern,
    Instant memberSince,
    List<Contribution> contributions,
    Map<String, Integer> totals) {}
