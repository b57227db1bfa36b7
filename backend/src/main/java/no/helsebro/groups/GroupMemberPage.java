package no.helsebro.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.helsebro.profiles.MemberCard;

/** A page of a group's members as the member directory shows them. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GroupMemberPage(List<MemberCard> items, int page, int size, long total) {}
