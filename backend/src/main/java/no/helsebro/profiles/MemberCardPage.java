package no.helsebro.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of the member directory. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemberCardPage(List<MemberCard> items, int page, int size, long total) {}
