package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** An organisation e-mail domain whose members are approved at once. */
@Serdeable
@MappedEntity("email_domains")
public record EmailDomain(
    @Id @GeneratedValue @Nullable Long id,
    String domain,
    String organisation,
    @Nullable Instant createdAt,
    @Nullable Long createdBy) {}
