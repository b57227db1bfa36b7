package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of member accounts. */
@Serdeable
public record MemberAccountPage(List<MemberAccountView> items, int page, int size, long total) {}
