package no.helsebro.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of member accounts. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemberAccountPage(List<MemberAccountView> items, int page, int size, long total) {}
